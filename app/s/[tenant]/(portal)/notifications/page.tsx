import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PreferencesForm, SmallActionButton } from '@/components/portal/notification-forms';
import { Card } from '@/components/ui/card';
import { listNotifications } from '@/lib/account/service';
import { requireClient } from '@/lib/auth/client';
import { formatDateTime } from '@/lib/format';
import { markAllReadAction, markReadAction, savePreferencesAction } from './actions';

export const metadata: Metadata = { title: 'My Notifications' };

export default async function NotificationsPage() {
  const client = await requireClient();
  const t = await getTranslations('notifications');
  const items = await listNotifications(client);
  const unread = items.filter((n) => !n.readAt).length;
  return (
    <div className="space-y-6">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {unread > 0 && <SmallActionButton action={markAllReadAction} label={t('markAllRead')} />}
      </div>
      <Card>
        {items.length === 0 ? (
          <p className="text-center text-zinc-500">{t('empty')}</p>
        ) : (
          <ul aria-label={t('title')} className="divide-y divide-zinc-100">
            {items.map((n) => (
              <li key={n.id} className="flex items-start justify-between gap-4 py-3" aria-label={n.title}>
                <div>
                  <p className={n.readAt ? 'text-zinc-700' : 'font-semibold'}>
                    {!n.readAt && <span className="mr-2 rounded bg-brand-100 px-1.5 py-0.5 text-xs text-brand-700">{t('unreadLabel')}</span>}
                    {n.title}
                  </p>
                  {n.body && <p className="text-sm text-zinc-600">{n.body}</p>}
                  <p className="text-xs text-zinc-500">{formatDateTime(n.createdAt, client.contact)}</p>
                </div>
                {!n.readAt && <SmallActionButton action={markReadAction} label={t('markRead')} fields={{ id: n.id }} />}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={t('preferences')}>
        <PreferencesForm action={savePreferencesAction} preferences={client.contact.emailPreferences} />
      </Card>
    </div>
  );
}
