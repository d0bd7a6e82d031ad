import { getTranslations } from 'next-intl/server';
import { PortalForm } from '@/components/portal/portal-form';
import { Card } from '@/components/ui/card';
import type { ActionState } from '@/lib/action-state';
import type { Contact } from '@/lib/db/schema';
import { formatDate } from '@/lib/format';
import { companyToday } from '@/lib/portal-admin/off-hours';
import { companyAwayList } from '@/lib/portal-admin/out-of-office';
import { AwayForm } from './away-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** Settings › Out of office: any portal user marks themselves away, choosing a colleague as delegate. */
export async function OwnAwayCard({ contact, save, clear }: { contact: Contact; save: Action; clear: Action }) {
  const t = await getTranslations('outOfOffice');
  const [people, today] = await Promise.all([companyAwayList(contact.tenantId, contact.companyId), companyToday(contact.tenantId, contact.companyId)]);
  const mine = people.find((p) => p.contact.id === contact.id)?.away;
  const away = mine && mine.endsOn >= today ? mine : null;
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), contact.dateFormat);
  const colleagues = people.filter((p) => p.contact.id !== contact.id).map((p) => ({ id: p.contact.id, name: p.name }));
  return (
    <Card title={t('title')}>
      <p className="mb-2 text-sm text-zinc-600">{t('help')}</p>
      <p className="mb-4 text-sm font-medium">{away ? t('status', { from: day(away.startsOn), until: day(away.endsOn) }) : t('notAway')}</p>
      <AwayForm
        action={save}
        delegates={colleagues}
        defaults={{ startsOn: away?.startsOn ?? today, endsOn: away?.endsOn ?? today, delegateContactId: away?.delegateContactId ?? '' }}
        labels={{
          title: t('title'),
          awayFrom: t('awayFrom'),
          awayUntil: t('awayUntil'),
          delegate: t('delegate'),
          noDelegate: t('noDelegate'),
          save: t('save'),
        }}
      />
      {away && (
        <div className="mt-3">
          <PortalForm action={clear} label={t('clear')} submit={t('clear')} variant="secondary">
            {null}
          </PortalForm>
        </div>
      )}
    </Card>
  );
}
