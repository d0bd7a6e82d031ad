import type { Metadata } from 'next';
import Link from 'next/link';
import { EmptyRow, FilterBox, Pager, SortHeader } from '@/components/ui/list-controls';
import { can, requireStaff } from '@/lib/auth/staff';
import { getCompaniesPage } from '@/lib/companies/queries';
import { COMPANY_LIST_DEFAULTS, companyListSchema } from '@/lib/companies/schemas';

export const metadata: Metadata = { title: 'Companies' };

export default async function CompaniesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant, user } = await requireStaff();
  const params = companyListSchema.parse(await searchParams);
  const { rows, total } = await getCompaniesPage({ tenantId: tenant.id, params });
  const list = { params, defaults: COMPANY_LIST_DEFAULTS };
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Companies</h1>
        {can(user, 'portal_users.edit') && (
          <Link href="/admin/companies/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            Add company
          </Link>
        )}
      </div>
      <FilterBox id="companies-filter" {...list} placeholder="Company name" />
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Companies">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <SortHeader label="Company" sortKey="name" {...list} />
              <SortHeader label="Email" sortKey="email" {...list} />
              <SortHeader label="Parent company" sortKey="parent" {...list} />
              <th scope="col" className="px-3 py-2">Portal users</th>
              <SortHeader label="Portal" sortKey="portal" {...list} />
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <EmptyRow colSpan={5} total={total} filtered={Boolean(params.q)} noMatch={`No companies match “${params.q}”.`} none="There are no companies yet." {...list} />
            )}
            {rows.map((c) => (
              <tr key={c.id} className="border-b border-zinc-100 last:border-0">
                <td className="px-3 py-2">
                  <Link href={`/admin/companies/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    {c.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{c.email ?? '—'}</td>
                <td className="px-3 py-2">{c.parent ?? '—'}</td>
                <td className="px-3 py-2">{c.portalUsers}</td>
                <td className="px-3 py-2">{c.portalEnabled ? 'Enabled' : 'Disabled'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager total={total} rowCount={rows.length} {...list} />
      </div>
    </div>
  );
}
