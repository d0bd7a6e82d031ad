import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { QuickField, QuickForm } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { Card } from '@/components/ui/card';
import { editRights, requireStaff } from '@/lib/auth/staff';
import { getCompanyHours, getHoursCompany, getTimeEntryOptions, today, workerOf, type TimeEntryRow } from '@/lib/hours/queries';
import { CURRENCIES, formatHours, formatMoney } from '@/lib/money';
import { addHourBlockAction, addRetainerAction, deleteHourBlockAction, deleteRetainerAction, deleteTimeEntryAction, logTimeAction } from './actions';

export const metadata: Metadata = { title: 'Block hours and retainers' };

const h = (v: string) => `${formatHours(v)} h`;
const cell = 'px-2 py-1 text-left';

function Remaining({ value, overrun }: { value: string; overrun: boolean }) {
  return overrun ? <span className="font-medium text-red-700">{h(value)} (overrun)</span> : <>{h(value)}</>;
}

function DeleteButton({ action, id, label }: { action?: typeof deleteTimeEntryAction; id: string; label: string }) {
  if (!action) return null;
  return (
    <QuickForm action={action} label={label} submit="Delete" variant="secondary" className="inline-block">
      <input type="hidden" name="id" value={id} />
    </QuickForm>
  );
}

function Entries({ entries, remove }: { entries: TimeEntryRow[]; remove?: typeof deleteTimeEntryAction }) {
  if (!entries.length) return <p className="text-sm text-zinc-500">No time logged yet.</p>;
  return (
    <table className="w-full text-sm">
      <thead>
        <tr className="border-b border-zinc-200">
          <th className={cell}>Date</th>
          <th className={cell}>Hours</th>
          <th className={cell}>Who</th>
          <th className={cell}>Ticket / project</th>
          <th className={cell}>Description</th>
          <th className={cell}>Billable</th>
          {remove && <th className={cell}><span className="sr-only">Actions</span></th>}
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
            {remove && (
              <td className={cell}>
                <DeleteButton action={remove} id={e.id} label={`Delete the entry of ${e.workedOn}`} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

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

/** A company's Block hours, Retainers and Time entries; changes need "edit invoices". */
export default async function CompanyHoursPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { tenant, user } = await requireStaff();
  const { companyId } = await params;
  if (!z.uuid().safeParse(companyId).success) notFound();
  const scope = { tenantId: tenant.id, companyId };
  const company = await getHoursCompany(scope);
  if (!company) notFound();
  const [{ blocks, retainers, entries }, options] = await Promise.all([getCompanyHours(scope), getTimeEntryOptions(scope)]);
  const edit = editRights(user, 'invoices.edit');
  const day = today();
  return (
    <div className="max-w-5xl space-y-4">
      <Link href={`/admin/companies/${company.id}`} className="text-sm text-brand-700 hover:underline">
        ← {company.name}
      </Link>
      <h1 className="text-2xl font-semibold">Block hours and retainers</h1>
      <CsvLinks companyId={company.id} />
      {!edit.allowed && <ViewOnlyNotice permission="invoices.edit" />}

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
                {edit.allowed && <th className={cell}><span className="sr-only">Actions</span></th>}
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
                    <Remaining value={b.summary.remaining} overrun={b.summary.overrun} />
                  </td>
                  {edit.allowed && (
                    <td className={cell}>
                      <DeleteButton action={edit.only(deleteHourBlockAction)} id={b.id} label={`Delete ${b.name}`} />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {edit.allowed && (
          <details className="mt-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a block of hours</summary>
            <QuickForm action={addHourBlockAction} label="Add a block of hours" submit="Add block" className="mt-3 grid gap-3 sm:grid-cols-2">
              <input type="hidden" name="companyId" value={company.id} />
              <QuickField label="Name">
                <input name="name" required maxLength={200} defaultValue="Block of hours" className={inputClass} />
              </QuickField>
              <QuickField label="Purchased on">
                <input name="purchasedOn" type="date" required defaultValue={day} className={inputClass} />
              </QuickField>
              <QuickField label="Hours">
                <input name="hours" inputMode="decimal" required className={inputClass} />
              </QuickField>
              <QuickField label="Price">
                <input name="price" inputMode="decimal" defaultValue="0" className={inputClass} />
              </QuickField>
              <QuickField label="Currency">
                <select name="currency" defaultValue="USD" className={inputClass}>
                  {CURRENCIES.map((c) => (
                    <option key={c}>{c}</option>
                  ))}
                </select>
              </QuickField>
              <QuickField label="Expires on (optional)">
                <input name="expiresOn" type="date" className={inputClass} />
              </QuickField>
              <QuickField label="Notes">
                <textarea name="notes" maxLength={2000} className={inputClass} />
              </QuickField>
            </QuickForm>
          </details>
        )}
      </Card>

      <Card title="Retainers">
        {retainers.length === 0 && <p className="text-sm text-zinc-500">No retainers.</p>}
        {retainers.map((r) => (
          <section key={r.id} aria-label={r.name} className="mb-4 space-y-2">
            <div className="flex flex-wrap items-center gap-3">
              <h3 className="font-medium">{r.name}</h3>
              <span className="text-sm text-zinc-600">
                {r.monthlyHours ? `${h(r.monthlyHours)} a month` : 'no hours set'} from {r.startsOn}
                {r.endsOn ? ` to ${r.endsOn}` : ''} · rollover {r.rollover ? 'on' : 'off'}
              </span>
              <DeleteButton action={edit.only(deleteRetainerAction)} id={r.id} label={`Delete ${r.name}`} />
            </div>
            <table className="w-full text-sm" aria-label={`${r.name} by month`}>
              <thead>
                <tr className="border-b border-zinc-200">
                  <th className={cell}>Month</th>
                  <th className={cell}>Allowance</th>
                  <th className={cell}>Carried over</th>
                  <th className={cell}>Used</th>
                  <th className={cell}>Remaining</th>
                </tr>
              </thead>
              <tbody>
                {r.months.map((m) => (
                  <tr key={m.month} className="border-b border-zinc-100">
                    <td className={cell}>{m.month}</td>
                    <td className={cell}>{h(m.allowance)}</td>
                    <td className={cell}>{h(m.carriedOver)}</td>
                    <td className={cell}>{h(m.used)}</td>
                    <td className={cell}>
                      <Remaining value={m.remaining} overrun={m.overrun} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
        {edit.allowed && (
          <details>
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Add a retainer</summary>
            <QuickForm action={addRetainerAction} label="Add a retainer" submit="Add retainer" className="mt-3 grid gap-3 sm:grid-cols-2">
              <input type="hidden" name="companyId" value={company.id} />
              <QuickField label="Name">
                <input name="name" required maxLength={200} defaultValue="Monthly retainer" className={inputClass} />
              </QuickField>
              <QuickField label="Hours per month">
                <input name="monthlyHours" inputMode="decimal" required className={inputClass} />
              </QuickField>
              <QuickField label="Starts on">
                <input name="startsOn" type="date" required defaultValue={day} className={inputClass} />
              </QuickField>
              <QuickField label="Ends on (optional)">
                <input name="endsOn" type="date" className={inputClass} />
              </QuickField>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="rollover" /> Roll unused hours over to the next month
              </label>
            </QuickForm>
          </details>
        )}
      </Card>

      <Card title="Time entries">
        {edit.allowed && (
          <details className="mb-4">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Log time</summary>
            <QuickForm action={logTimeAction} label="Log time" submit="Log time" className="mt-3 grid gap-3 sm:grid-cols-2">
              <input type="hidden" name="companyId" value={company.id} />
              <QuickField label="Date">
                <input name="workedOn" type="date" required defaultValue={day} className={inputClass} />
              </QuickField>
              <QuickField label="Hours">
                <input name="hours" inputMode="decimal" required className={inputClass} />
              </QuickField>
              <QuickField label="Who (staff member)">
                <select name="userId" defaultValue={user.id} className={inputClass}>
                  <option value="">Someone else (name below)</option>
                  {options.staff.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name || s.email}
                    </option>
                  ))}
                </select>
              </QuickField>
              <QuickField label="Or their name">
                <input name="workerName" maxLength={200} className={inputClass} />
              </QuickField>
              <QuickField label="Drawn from">
                <select name="drawFrom" defaultValue={blocks[0] ? `block:${blocks[0].id}` : ''} className={inputClass}>
                  <option value="">Neither</option>
                  {blocks.map((b) => (
                    <option key={b.id} value={`block:${b.id}`}>
                      Block: {b.name}
                    </option>
                  ))}
                  {retainers.map((r) => (
                    <option key={r.id} value={`retainer:${r.id}`}>
                      Retainer: {r.name}
                    </option>
                  ))}
                </select>
              </QuickField>
              <QuickField label="Ticket (optional)">
                <select name="ticketId" defaultValue="" className={inputClass}>
                  <option value="">None</option>
                  {options.tickets.map((t) => (
                    <option key={t.id} value={t.id}>
                      #{t.number} {t.title}
                    </option>
                  ))}
                </select>
              </QuickField>
              <QuickField label="Project (optional)">
                <select name="projectId" defaultValue="" className={inputClass}>
                  <option value="">None</option>
                  {options.projects.map((p) => (
                    <option key={p.id} value={p.id}>
                      {p.name}
                    </option>
                  ))}
                </select>
              </QuickField>
              <QuickField label="Description">
                <textarea name="description" maxLength={2000} className={inputClass} />
              </QuickField>
              <label className="flex items-center gap-2 text-sm">
                <input type="checkbox" name="billable" defaultChecked /> Billable
              </label>
            </QuickForm>
          </details>
        )}
        <Entries entries={entries} remove={edit.only(deleteTimeEntryAction)} />
      </Card>
    </div>
  );
}
