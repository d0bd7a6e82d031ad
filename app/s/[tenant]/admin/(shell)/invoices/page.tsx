import type { Metadata } from 'next';
import Link from 'next/link';
import { CompanyPicker } from '@/components/admin/pickers';
import { inputClass } from '@/components/forms/styles';
import { can, requireStaff } from '@/lib/auth/staff';
import { getCompanyName } from '@/lib/companies/pickers';
import { listInvoices, parseStaffInvoiceFilter } from '@/lib/invoices/queries';
import { DISPLAY_STATUSES, STATUS_LABELS, displayStatus, todayIso } from '@/lib/invoices/status';
import { formatMoney } from '@/lib/money';
import { StatusBadge } from './status-badge';

export const metadata: Metadata = { title: 'Invoices' };

type Search = Promise<{ company?: string | string[]; status?: string | string[]; page?: string | string[] }>;

export default async function InvoicesPage({ searchParams }: { searchParams: Search }) {
  const { tenant, user } = await requireStaff();
  const params = await searchParams;
  const { companyId, status } = parseStaffInvoiceFilter(params);
  const page = Math.max(1, Math.min(10_000, Number.parseInt(String(params.page ?? '1'), 10) || 1));
  const today = todayIso();
  const [company, { rows, total, pageSize }] = await Promise.all([getCompanyName({ tenantId: tenant.id, companyId }), listInvoices({ tenantId: tenant.id, companyId, status, today, page })]);
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const filter = { ...(companyId ? { company: companyId } : {}), ...(status ? { status } : {}) };
  const link = (p: number) => `/admin/invoices?${new URLSearchParams({ ...filter, page: String(p) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-2xl font-semibold">Invoices</h1>
        {can(user, 'invoices.edit') && (
          <div className="flex gap-2">
            <Link href="/admin/invoices/import" className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-50">
              Import from CSV
            </Link>
            <Link href={`/admin/invoices/new${companyId ? `?company=${companyId}` : ''}`} className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700">
              New invoice
            </Link>
          </div>
        )}
      </div>
      <form method="get" role="search" aria-label="Filter invoices" className="flex flex-wrap items-end gap-2">
        <div className="w-64">
          <CompanyPicker label="Company" name="company" initial={company} hint="Empty for all companies." />
        </div>
        <label className="block space-y-1 text-sm">
          <span className="font-medium text-zinc-800">Status</span>
          <select name="status" defaultValue={status ?? ''} className={inputClass}>
            <option value="">All statuses</option>
            {DISPLAY_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm font-medium hover:bg-zinc-50">
          Show
        </button>
        <a href={`/admin/invoices/csv${status || companyId ? `?${new URLSearchParams(filter)}` : ''}`} download className="px-1 py-2 text-sm font-medium text-brand-700 hover:underline">
          Download CSV
        </a>
      </form>
      {rows.length === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 p-6 text-center text-zinc-500">No invoices.</p>
      ) : (
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-zinc-200 text-left text-zinc-600">
              <th className="py-2 pr-3 font-medium">Number</th>
              <th className="py-2 pr-3 font-medium">Company</th>
              <th className="py-2 pr-3 font-medium">Issue date</th>
              <th className="py-2 pr-3 font-medium">Due date</th>
              <th className="py-2 pr-3 text-right font-medium">Total</th>
              <th className="py-2 font-medium">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-zinc-100">
                <td className="py-2 pr-3">
                  <Link href={`/admin/invoices/${r.id}`} className="text-brand-700 hover:underline">
                    #{r.number}
                  </Link>
                  {r.creditNoteOfId && <span className="ml-1 text-xs text-zinc-500">credit note</span>}
                </td>
                <td className="py-2 pr-3">{r.company}</td>
                <td className="py-2 pr-3">{r.issueDate}</td>
                <td className="py-2 pr-3">{r.dueDate}</td>
                <td className="py-2 pr-3 text-right tabular-nums">{formatMoney(r.total, r.currency)}</td>
                <td className="py-2">
                  <StatusBadge status={displayStatus(r, today)} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <nav aria-label="Pages" className="flex items-center gap-3 text-sm">
          {page > 1 && <Link href={link(page - 1)}>← Previous</Link>}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages && <Link href={link(page + 1)}>Next →</Link>}
        </nav>
      )}
    </div>
  );
}
