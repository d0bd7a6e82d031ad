import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { portalListLabels } from '@/components/portal/list-labels';
import { PreferencesForm, SmallActionButton } from '@/components/portal/notification-forms';
import { Card } from '@/components/ui/card';
import { FilterBox, Pager } from '@/components/ui/list-controls';
import { NOTIFICATION_DEFAULTS, notificationListSchema } from '@/lib/account/schemas';
import { listNotifications, unreadCount } from '@/lib/account/service';
import { requireClient } from '@/lib/auth/client';
import { formatDateTime } from '@/lib/format';
import { listHref } from '@/lib/paging';
import { markAllReadAction, markReadAction, savePreferencesAction } from './actions';

export const metadata: Metadata = { title: 'My Notifications' };

const ORDERS = [
  { key: 'sortNewest', sort: 'created', dir: 'desc' },
  { key: 'sortOldest', sort: 'created', dir: 'asc' },
  { key: 'sortTitle', sort: 'title', dir: 'asc' },
] as const;

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const client = await requireClient();
  const t = await getTranslations('notifications');
  const params = notificationListSchema.parse(await searchParams);
  const [{ rows: items, total }, unread, labels] = await Promise.all([
    listNotifications(client, params),
    unreadCount(client.tenant.id, client.contact.id),
    portalListLabels(t('filterPlaceholder')),
  ]);
  const state = { params, defaults: NOTIFICATION_DEFAULTS };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t('title')}</h1>
        {unread > 0 && <SmallActionButton action={markAllReadAction} label={t('markAllRead')} />}
      </div>
      <Card>
        {total.count === 0 && !params.q ? (
          <p className="text-center text-zinc-500">{t('empty')}</p>
        ) : (
          <div className="space-y-3">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <FilterBox id="notifications-filter" {...state} labels={labels} />
              <nav aria-label={t('sort')} className="flex flex-wrap gap-1 text-sm">
                {ORDERS.map((o) => {
                  const current = params.sort === o.sort && params.dir === o.dir;
                  return (
                    <Link
                      key={o.key}
                      href={listHref('/notifications', params, { sort: o.sort, dir: o.dir, page: 1 }, NOTIFICATION_DEFAULTS)}
                      aria-current={current ? 'true' : undefined}
                      className={`rounded-full px-3 py-1 ${current ? 'bg-brand-600 text-white' : 'bg-white text-zinc-700 ring-1 ring-zinc-200 hover:bg-zinc-50'}`}
                    >
                      {t(o.key)}
                    </Link>
                  );
                })}
              </nav>
            </div>
            {items.length === 0 ? (
              <p className="py-8 text-center text-zinc-500">{params.q && total.count === 0 ? t('noMatch', { q: params.q }) : labels.beyondEnd}</p>
            ) : (
              <ul aria-label={t('title')} className="divide-y divide-zinc-100">
                {items.map((n) => (
                  <li key={n.id} className="flex flex-wrap items-start justify-between gap-4 py-3" aria-label={n.title}>
                    <div className="min-w-0 break-words">
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
            <Pager {...state} total={total} labels={labels} />
          </div>
        )}
      </Card>
      <Card title={t('preferences')}>
        <PreferencesForm action={savePreferencesAction} preferences={client.contact.emailPreferences} />
      </Card>
    </div>
  );
}
