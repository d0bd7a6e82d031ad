import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { PortalForm } from '@/components/portal/portal-form';
import { AwayForm } from '@/components/portal-admin/away-form';
import { Card } from '@/components/ui/card';
import { formatDate } from '@/lib/format';
import { requirePortalAdmin } from '@/lib/portal-admin/guard';
import { companyToday } from '@/lib/portal-admin/off-hours';
import { companyAwayList } from '@/lib/portal-admin/out-of-office';
import { clearAwayAction, setAwayAction } from './actions';

export const metadata: Metadata = { title: 'Out of Office Settings' };

export default async function OutOfOfficePage({ searchParams }: { searchParams: Promise<{ contact?: string }> }) {
  const { tenant, company, contact: me } = await requirePortalAdmin('portal_admin.out_of_office');
  const t = await getTranslations('portalAdmin.outOfOffice');
  const [people, today] = await Promise.all([companyAwayList(tenant.id, company.id), companyToday(tenant.id, company.id)]);
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), me.dateFormat);
  const requested = (await searchParams).contact;
  const selected = people.find((p) => p.contact.id === requested) ?? people.find((p) => p.contact.id !== me.id) ?? people[0];
  // An entry that has ended is history: the person is in the office again.
  const current = (p: (typeof people)[number]) => (p.away && p.away.endsOn >= today ? p.away : null);
  const choices = people.map((p) => ({ id: p.contact.id, name: p.name }));
  const entry = selected && current(selected);

  return (
    <div className="space-y-6">
      <p className="text-sm text-zinc-600">{t('intro', { company: company.name })}</p>
      <Card title={t('people')}>
        <div className="overflow-x-auto">
          <table className="w-full text-sm" aria-label={t('people')}>
            <thead className="text-left text-zinc-600">
              <tr>
                <th scope="col" className="py-2 pr-4">
                  {t('name')}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t('status')}
                </th>
                <th scope="col" className="hidden py-2 pr-4 sm:table-cell">
                  {t('delegate')}
                </th>
                <th scope="col" className="py-2">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => {
                const away = current(p);
                return (
                  <tr key={p.contact.id} className="border-t border-zinc-100 align-top">
                    <td className="py-2 pr-4 font-medium">{p.name}</td>
                    <td className="py-2 pr-4">
                      {away ? (
                        <>
                          {t('awayRange', { from: day(away.startsOn), until: day(away.endsOn) })}
                          {away.startsOn <= today && <span className="ml-2 rounded bg-amber-100 px-2 py-0.5 text-xs text-amber-800">{t('awayNow')}</span>}
                          <span className="mt-1 block text-xs text-zinc-600 sm:hidden">
                            {t('delegate')}: {p.delegateName ?? t('noDelegate')}
                          </span>
                        </>
                      ) : (
                        <span className="text-zinc-500">{t('inOffice')}</span>
                      )}
                    </td>
                    <td className="hidden py-2 pr-4 sm:table-cell">
                      {away ? (p.delegateName ?? <span className="text-zinc-500">{t('noDelegate')}</span>) : null}
                    </td>
                    <td className="py-2">
                      <div className="flex flex-col items-end gap-2 sm:flex-row sm:justify-end">
                        <Link
                          href={`/portal-admin/out-of-office?contact=${p.contact.id}`}
                          className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-50"
                        >
                          {t('edit')}
                        </Link>
                        {away && (
                          <PortalForm action={clearAwayAction} label={t('clearFor', { name: p.name })} submit={t('clear')} variant="secondary">
                            <input type="hidden" name="contactId" value={p.contact.id} />
                          </PortalForm>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
      {selected && (
        <Card title={t('markAway')}>
          <AwayForm
            key={selected.contact.id}
            action={setAwayAction}
            people={choices}
            delegates={choices}
            defaults={{
              contactId: selected.contact.id,
              startsOn: entry?.startsOn ?? today,
              endsOn: entry?.endsOn ?? today,
              delegateContactId: entry?.delegateContactId ?? '',
            }}
            labels={{
              title: t('markAway'),
              contact: t('contact'),
              awayFrom: t('awayFrom'),
              awayUntil: t('awayUntil'),
              delegate: t('delegate'),
              noDelegate: t('noDelegate'),
              delegateHint: t('delegateHint', { company: company.name }),
              save: t('save'),
            }}
          />
        </Card>
      )}
    </div>
  );
}
