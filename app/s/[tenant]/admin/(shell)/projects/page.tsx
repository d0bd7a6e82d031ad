import type { Metadata } from 'next';
import Link from 'next/link';
import { CompanyFilter, companyParam } from '@/components/admin/company-filter';
import { getCompanyOptions } from '@/lib/companies/queries';
import { PROJECT_STATUS_LABELS } from '@/lib/tickets/labels';
import { can, requireStaff } from '@/lib/auth/staff';
import { getProjectsByTenant } from '@/lib/projects/queries';

export const metadata: Metadata = { title: 'Projects' };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<{ company?: string | string[] }> }) {
  const { tenant, user } = await requireStaff();
  const companyId = companyParam((await searchParams).company);
  const [projects, companies] = await Promise.all([getProjectsByTenant({ tenantId: tenant.id, companyId }), getCompanyOptions({ tenantId: tenant.id })]);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">Projects</h1>
        {can(user, 'projects.edit') && (
          <Link href="/admin/projects/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            New project
          </Link>
        )}
      </div>
      <CompanyFilter companies={companies} selected={companyId} />
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Projects">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <th scope="col" className="px-3 py-2">Project</th>
              <th scope="col" className="px-3 py-2">Company</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Due</th>
              <th scope="col" className="px-3 py-2">Members</th>
            </tr>
          </thead>
          <tbody>
            {projects.length === 0 && (
              <tr>
                <td colSpan={5} className="px-3 py-10 text-center text-zinc-500">{companyId ? 'This company has no projects.' : 'There are no projects yet.'}</td>
              </tr>
            )}
            {projects.map((p) => (
              <tr key={p.id} className="border-b border-zinc-100 last:border-0">
                <td className="px-3 py-2">
                  <Link href={`/admin/projects/${p.id}`} className="font-medium text-brand-700 hover:underline">
                    {p.name}
                  </Link>
                </td>
                <td className="px-3 py-2">{p.company}</td>
                <td className="px-3 py-2">{PROJECT_STATUS_LABELS[p.status]}</td>
                <td className="px-3 py-2">{p.dueDate ?? '—'}</td>
                <td className="px-3 py-2">{p.members}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
