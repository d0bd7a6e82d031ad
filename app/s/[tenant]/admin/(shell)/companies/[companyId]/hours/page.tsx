import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { BlockForm, type BlockDefaults } from '@/components/hours/block-form';
import { DeleteRecord } from '@/components/hours/delete-record';
import { RetainerForm, type RetainerDefaults } from '@/components/hours/retainer-form';
import { TimeEntryForm, type TimeEntryChoices, type TimeEntryDefaults } from '@/components/hours/time-entry-form';
import { Card } from '@/components/ui/card';
import { editRights, requireStaff } from '@/lib/auth/staff';
import { getCompanyHours, getHoursCompany, getTimeEntryOptions, today, workerOf, type RetainerReport, type TimeEntryRow } from '@/lib/hours/queries';
import { isMoneyRetainer } from '@/lib/hours/usage';
import { formatHours, formatMoney } from '@/lib/money';
import {
  addHourBlockAction,
  addRetainerAction,
  deleteHourBlockAction,
  deleteRetainerAction,
  deleteTimeEntryAction,
  editHourBlockAction,
  editRetainerAction,
  editTimeEntryAction,
  logTimeAction,
} from './actions';

export const metadata: Metadata = { title: 'Block hours and retainers' };

const h = (v: string) => `${formatHours(v)} h`;
const cell = 'px-2 py-1 text-left';

function Remaining({ text, overrun }: { text: string; overrun: boolean }) {
  return overrun ? <span className="font-medium text-red-700">{text} (overrun)</span> : <>{text}</>;
}

function Edit({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <details className="inline-block">
      <summary className="cursor-pointer text-sm font-medium text-brand-700" aria-label={label}>
        Edit
      </summary>
      {children}
    </details>
  );
}

const entryDefaults = (e: TimeEntryRow, companyId: string): TimeEntryDefaults => ({
  companyId,
  workedOn: e.workedOn,
  hours: e.hours,
  userId: e.userId ?? '',
  workerName: e.userId ? '' : e.worker,
  drawFrom: e.blockId ? `block:${e.blockId}` : e.retainerId ? `retainer:${e.retainerId}` : '',
  ticketId: e.ticketId ?? '',
  projectId: e.projectId ?? '',
  description: e.description,
  billable: e.billable,
});

function Entries({ entries, companyId, choices, canEdit }: { entries: TimeEntryRow[]; companyId: string; choices: TimeEntryChoices; canEdit: boolean }) {
  if (!entries.length) return <p className="text-sm text-zinc-500">No time logged yet.</p>;
  return (
    <table className="w-full text-sm" aria-label="Time entries">
      <thead>
        <tr className="border-b border-zinc-200">
          <th className={cell}>Date</th>
          <th className={cell}>Hours</th>
          <th className={cell}>Who</th>
          <th className={cell}>Ticket / project</th>
          <th className={cell}>Description</th>
          <th className={cell}>Billable</th>
          {canEdit && (
            <th className={cell}>
              <span className="sr-only">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {entries.map((e) => (
          <tr key={e.id} className="border-b border-zinc-100 align-top">
            <td className={cell}>{e.workedOn}</td>
            <td className={cell}>{h(e.hours)}</td>
            <td className={cell}>{workerOf(e)}</td>
            <td className={cell}>{[e.ticketNumber && `#${e.ticketNumber} ${e.ticketTitle}`, e.projectName].filter(Boolean).join(' · ')}</td>
            <td className={cell}>{e.description}</td>
            <td className={cell}>{e.billable ? 'Yes' : 'No'}</td>
            {canEdit && (
              <td className={`${cell} space-x-2`}>
                <Edit label={`Edit the entry of ${e.workedOn}`}>
                  <TimeEntryForm
                    action={editTimeEntryAction}
                    defaults={entryDefaults(e, companyId)}
                    choices={choices}
                    id={e.id}
                    label={`Edit the entry of ${e.workedOn}`}
                    submit="Save entry"
                  />
                </Edit>
                <DeleteRecord
                  action={deleteTimeEntryAction}
                  id={e.id}
                  label={`Delete the entry of ${e.workedOn}`}
                  question={`Delete the ${h(e.hours)} logged on ${e.workedOn}? This cannot be undone.`}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const retainerDefaults = (r: RetainerReport): RetainerDefaults => ({
  companyId: r.companyId,
  name: r.name,
  kind: isMoneyRetainer(r) ? 'money' : 'hours',
  monthlyHours: r.monthlyHours ?? '',
  monthlyAmount: r.monthlyAmount ?? '',
  hourlyRate: r.hourlyRate ?? '',
  currency: r.currency,
  startsOn: r.startsOn,
  endsOn: r.endsOn ?? '',
  rollover: r.rollover,
});

function RetainerSection({ r, canEdit }: { r: RetainerReport; canEdit: boolean }) {
  const money = isMoneyRetainer(r);
  const amount = (v: string) => (money ? formatMoney(v, r.currency) : h(v));
  return (
    <section aria-label={r.name} className="mb-4 space-y-2">
      <div className="flex flex-wrap items-center gap-3">
        <h3 className="font-medium">{r.name}</h3>
        <span className="text-sm text-zinc-600">
          {money ? `${amount(r.monthlyAmount!)} a month at ${formatMoney(r.hourlyRate!, r.currency)} an hour` : r.monthlyHours ? `${h(r.monthlyHours)} a month` : 'no hours set'}{' '}
          from {r.startsOn}
          {r.endsOn ? ` to ${r.endsOn}` : ''} · rollover {r.rollover ? 'on' : 'off'}
        </span>
        {canEdit && (
          <>
            <Edit label={`Edit ${r.name}`}>
              <RetainerForm action={editRetainerAction} defaults={retainerDefaults(r)} id={r.id} label={`Edit ${r.name}`} submit="Save retainer" />
            </Edit>
            <DeleteRecord
              action={deleteRetainerAction}
              id={r.id}
              label={`Delete ${r.name}`}
              question={`Delete the retainer ${r.name}? Its time entries stay, drawn from nothing.`}
            />
          </>
        )}
      </div>
      <table className="w-full text-sm" aria-label={`${r.name} by month`}>
        <thead>
          <tr className="border-b border-zinc-200">
            <th className={cell}>Month</th>
            <th className={cell}>Allowance</th>
            <th className={cell}>Carried over</th>
            {money && <th className={cell}>Hours</th>}
            <th className={cell}>Used</th>
            <th className={cell}>Remaining</th>
          </tr>
        </thead>
        <tbody>
          {r.months.map((m) => (
            <tr key={m.month} className="border-b border-zinc-100">
              <td className={cell}>{m.month}</td>
              <td className={cell}>{amount(m.allowance)}</td>
              <td className={cell}>{amount(m.carriedOver)}</td>
              {money && <td className={cell}>{h(m.hours)}</td>}
              <td className={cell}>{amount(m.used)}</td>
              <td className={cell}>
                <Remaining text={amount(m.remaining)} overrun={m.overrun} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** A company's Block hours, Retainers and Time entries; changes need "edit invoices". */
function CsvLinks({ companyId }: { companyId: string }) {
  const lists = { blocks: 'Block Hours', retainers: 'Retainers', entries: 'Time entries' };
  return (
    <nav aria-label="Download CSV" className="flex flex-wrap gap-3 text-sm">
      {Object.entries(lists).map(([list, label]) => (
        <a key={list} href={`/admin/companies/${companyId}/hours/csv?list=${list}`} download className="font-medium text-brand-700 hover:underline">
          Download CSV: {label}
        </a>
      ))}
    </nav>
  );
}

export default async function CompanyHoursPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { tenant, user } = await requireStaff();
  const { companyId } = await params;
  if (!z.uuid().safeParse(companyId).success) notFound();
  const scope = { tenantId: tenant.id, companyId };
  const company = await getHoursCompany(scope);
  if (!company) notFound();
  const [{ blocks, retainers, entries }, options] = await Promise.all([getCompanyHours(scope), getTimeEntryOptions(scope)]);
  const canEdit = editRights(user, 'invoices.edit').allowed;
  const day = today();
  const choices: TimeEntryChoices = {
    staff: options.staff.map((s) => ({ id: s.id, name: s.name || s.email })),
    sources: [
      ...blocks.map((b) => ({
        value: `block:${b.id}`,
        name: `Block: ${b.name}`,
      })),
      ...retainers.map((r) => ({
        value: `retainer:${r.id}`,
        name: `Retainer: ${r.name}`,
      })),
    ],
    tickets: options.tickets.map((t) => ({
      id: t.id,
      name: `#${t.number} ${t.title}`,
    })),
    projects: options.projects,
  };
  const blockDefaults = (b?: (typeof blocks)[number]): BlockDefaults => ({
    companyId: company.id,
    name: b?.name ?? 'Block of hours',
    purchasedOn: b?.purchasedOn ?? day,
    hours: b?.hours ?? '',
    price: b?.price ?? '0',
    currency: b?.currency ?? 'USD',
    expiresOn: b?.expiresOn ?? '',
    notes: b?.notes ?? '',
  });
  return (
    <div className="max-w-5xl space-y-4">
      <Link href={`/admin/companies/${company.id}`} className="text-sm text-brand-700 hover:underline">
        ← {company.name}
      </Link>
      <h1 className="text-2xl font-semibold">Block hours and retainers</h1>
      <CsvLinks companyId={company.id} />
      {!canEdit && <ViewOnlyNotice permission="invoices.edit" />}

      <Card title="Block Hours">
        {blocks.length === 0 ? (
          <p className="text-sm text-zinc-500">No blocks of hours bought.</p>
        ) : (
          <table className="w-full text-sm" aria-label="Blocks of hours">
            <thead>
              <tr className="border-b border-zinc-200">
                <th className={cell}>Block</th>
                <th className={cell}>Purchased</th>
                <th className={cell}>Expires</th>
                <th className={cell}>Price</th>
                <th className={cell}>Bought</th>
                <th className={cell}>Used</th>
                <th className={cell}>Remaining</th>
                {canEdit && (
                  <th className={cell}>
                    <span className="sr-only">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {blocks.map((b) => (
                <tr key={b.id} className="border-b border-zinc-100 align-top">
                  <td className={cell}>{b.name}</td>
                  <td className={cell}>{b.purchasedOn}</td>
                  <td className={cell}>
                    {b.expiresOn ?? '—'}
                    {b.summary.expired && <span className="ml-1 text-amber-700">(expired)</span>}
                  </td>
                  <td className={cell}>{formatMoney(b.price, b.currency)}</td>
                  <td className={cell}>{h(b.summary.bought)}</td>
                  <td className={cell}>{h(b.summary.used)}</td>
                  <td className={cell}>
                    <Remaining text={h(b.summary.remaining)} overrun={b.summary.overrun} />
                  </td>
                  {canEdit && (
                    <td className={`${cell} space-x-2`}>
                      <Edit label={`Edit ${b.name}`}>
                        <BlockForm action={editHourBlockAction} defaults={blockDefaults(b)} id={b.id} label={`Edit ${b.name}`} submit="Save block" />
                      </Edit>
                      <DeleteRecord
                        action={deleteHourBlockAction}
                        id={b.id}
                        label={`Delete ${b.name}`}
                        question={`Delete the block ${b.name}? Its time entries stay, drawn from nothing.`}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {canEdit && (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a block of hours</summary>
            <BlockForm action={addHourBlockAction} defaults={blockDefaults()} label="Add a block of hours" submit="Add block" />
          </details>
        )}
      </Card>

      <Card title="Retainers">
        {retainers.length === 0 && <p className="text-sm text-zinc-500">No retainers.</p>}
        {retainers.map((r) => (
          <RetainerSection key={r.id} r={r} canEdit={canEdit} />
        ))}
        {canEdit && (
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a retainer</summary>
            <RetainerForm
              action={addRetainerAction}
              defaults={{
                companyId: company.id,
                name: 'Monthly retainer',
                kind: 'hours',
                monthlyHours: '',
                monthlyAmount: '',
                hourlyRate: '',
                currency: 'USD',
                startsOn: day,
                endsOn: '',
                rollover: false,
              }}
              label="Add a retainer"
              submit="Add retainer"
            />
          </details>
        )}
      </Card>

      <Card title="Time entries">
        {canEdit && (
          <details className="mb-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Log time</summary>
            <TimeEntryForm
              action={logTimeAction}
              defaults={{
                companyId: company.id,
                workedOn: day,
                hours: '',
                userId: user.id,
                workerName: '',
                drawFrom: blocks[0] ? `block:${blocks[0].id}` : '',
                ticketId: '',
                projectId: '',
                description: '',
                billable: true,
              }}
              choices={choices}
              label="Log time"
              submit="Log time"
            />
          </details>
        )}
        <Entries entries={entries} companyId={company.id} choices={choices} canEdit={canEdit} />
      </Card>
    </div>
  );
}
