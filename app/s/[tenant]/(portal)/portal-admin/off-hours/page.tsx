import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { QuickField } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { PortalForm } from '@/components/portal/portal-form';
import { ScheduleForm } from '@/components/portal-admin/schedule-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/lib/db/client';
import { formatDate } from '@/lib/format';
import { requirePortalAdmin } from '@/lib/portal-admin/guard';
import { getOffHours, isOffHours, timeZones } from '@/lib/portal-admin/off-hours';
import { WEEKDAYS } from '@/lib/portal-admin/off-hours-schemas';
import { addClosureAction, removeClosureAction, removeOffHoursAction, saveOffHoursAction } from './actions';

export const metadata: Metadata = { title: 'Scheduled Off Hours' };

const WEEK = ([1, 2, 3, 4, 5] as const).map((day) => ({ day, opens: '08:00', closes: '17:00' }));

export default async function OffHoursPage() {
  const { tenant, company, contact } = await requirePortalAdmin('portal_admin.off_hours');
  const t = await getTranslations('portalAdmin.offHours');
  const { schedule, closures } = await getOffHours(await getDb(), tenant.id, company.id);
  // A first schedule starts from office hours on weekdays, in UTC.
  const hours = schedule?.openingHours ?? WEEK;
  const defaults = Object.fromEntries([
    ['timeZone', schedule?.timeZone ?? 'UTC'],
    ...WEEKDAYS.flatMap((d) => {
      const open = hours.find((h) => h.day === d);
      return [
        [`closed${d}`, !open],
        [`opens${d}`, open?.opens ?? ''],
        [`closes${d}`, open?.closes ?? ''],
      ];
    }),
  ]);
  const days = Object.fromEntries(
    WEEKDAYS.map((d) => {
      const name = t(`days.${d}`);
      return [d, { name, opens: t('dayOpens', { day: name }), closes: t('dayCloses', { day: name }), closed: t('dayClosed', { day: name }) }];
    }),
  ) as Parameters<typeof ScheduleForm>[0]['labels']['days'];
  const offNow = isOffHours(schedule, closures, new Date());

  return (
    <div className="space-y-6">
      <p className="text-sm text-zinc-600">{t('intro', { company: company.name })}</p>
      <Card title={t('schedule')}>
        <p className="mb-4 text-sm">
          {schedule ? (
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${offNow ? 'bg-amber-100 text-amber-800' : 'bg-green-100 text-green-800'}`}>
              {offNow ? t('offHoursNow') : t('openNow')}
            </span>
          ) : (
            <span className="text-zinc-600">{t('noSchedule', { company: company.name })}</span>
          )}
        </p>
        <ScheduleForm
          action={saveOffHoursAction}
          timeZones={timeZones()}
          defaults={defaults}
          labels={{
            title: t('schedule'),
            timeZone: t('timeZone'),
            day: t('day'),
            closedAllDay: t('closedAllDay'),
            opens: t('opens'),
            closes: t('closes'),
            save: t('save'),
            days,
          }}
        />
        {schedule && (
          <div className="mt-6 border-t border-zinc-100 pt-4">
            <p className="mb-2 text-sm text-zinc-600">{t('removeHint', { company: company.name })}</p>
            <PortalForm action={removeOffHoursAction} label={t('remove')} submit={t('remove')} variant="secondary">
              {null}
            </PortalForm>
          </div>
        )}
      </Card>
      <Card title={t('closures')}>
        <p className="mb-4 text-sm text-zinc-600">{t('closuresHint', { company: company.name })}</p>
        {closures.length === 0 ? (
          <p className="mb-4 text-sm text-zinc-500">{t('noClosures')}</p>
        ) : (
          <ul className="mb-4 divide-y divide-zinc-100 text-sm" aria-label={t('closures')}>
            {closures.map((c) => (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  <span className="font-medium">{formatDate(new Date(`${c.date}T00:00:00Z`), contact.dateFormat)}</span> · {c.name}
                </span>
                <PortalForm action={removeClosureAction} label={t('removeClosureFor', { name: c.name })} submit={t('removeClosure')} variant="secondary">
                  <input type="hidden" name="closureId" value={c.id} />
                </PortalForm>
              </li>
            ))}
          </ul>
        )}
        <PortalForm action={addClosureAction} label={t('addClosure')} submit={t('addClosure')} className="grid gap-3 sm:grid-cols-[12rem_1fr] sm:items-end">
          <QuickField label={t('date')}>
            <input type="date" name="date" required className={inputClass} />
          </QuickField>
          <QuickField label={t('name')}>
            <input name="name" required maxLength={100} className={inputClass} />
          </QuickField>
        </PortalForm>
      </Card>
    </div>
  );
}
