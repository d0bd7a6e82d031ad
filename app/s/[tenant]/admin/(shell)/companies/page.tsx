import type { Metadata } from 'next';
import Link from 'next/link';
import { can, requireStaff } from '@/lib/auth/staff';
import { getCompaniesByTenant } from '@/lib/companies/queries';

export const metadata: Metadata = { title: 'Companies' };

export default async function CompaniesPage() {
  const { tenant, user } = await requireStaff();
  const companies = await getCompaniesByTenant({ tenantId: tenant.id });
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
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Companies">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <th scope="col" className="px-3 py-2">Company</th>
              <th scope="col" className="px-3 py-2">Email</th>
              <th scope="col" className="px-3 py-2">Parent company</th>
              <th scope="col" className="px-3 py-2">Portal users</th>
              <th scope="col" className="px-3 py-2">Portal</th>
            </tr>
          </thead>
          <tbody>
            {companies.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-10 text-center text-zinc-500">There are no companies yet.</td>
              </tr>
            )}
            {companies.map((c) => (
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
      </div>
    </div>
  );
}
