import type { Metadata } from 'next';
import Link from 'next/link';
import { CompanyFilter, companyParam } from '@/components/admin/company-filter';
import { EmptyRow, FilterBox, Pager, SortHeader } from '@/components/ui/list-controls';
import { changedParams } from '@/lib/paging';
import { PROJECT_LIST_DEFAULTS, projectListSchema } from '@/lib/projects/schemas';
import { getCompanyName } from '@/lib/companies/pickers';
import { PROJECT_STATUS_LABELS } from '@/lib/tickets/labels';
import { can, requireStaff } from '@/lib/auth/staff';
import { getProjectsPage } from '@/lib/projects/queries';

export const metadata: Metadata = { title: 'Projects' };

export default async function ProjectsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant, user } = await requireStaff();
  const search = await searchParams;
  const companyId = companyParam(search.company);
  const params = projectListSchema.parse(search);
  const [{ rows: projects, total }, company] = await Promise.all([
    getProjectsPage({ tenantId: tenant.id, params, companyId }),
    getCompanyName({ tenantId: tenant.id, companyId }),
  ]);
  const keep: Record<string, string> = companyId ? { company: companyId } : {};
  const list = { params, defaults: PROJECT_LIST_DEFAULTS, keep };
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
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <CompanyFilter selected={company} keep={changedParams(params, PROJECT_LIST_DEFAULTS)} />
        <FilterBox id="projects-filter" placeholder="Project name" {...list} />
      </div>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Projects">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <SortHeader label="Project" sortKey="name" {...list} />
              <SortHeader label="Company" sortKey="company" {...list} />
              <SortHeader label="Status" sortKey="status" {...list} />
              <SortHeader label="Due" sortKey="due" {...list} />
              <th scope="col" className="px-3 py-2">Members</th>
            </tr>
          </thead>
          <tbody>
            {projects.length === 0 && (
              <EmptyRow
                colSpan={5}
                total={total}
                filtered={Boolean(params.q || companyId)}
                noMatch={params.q ? `No projects match “${params.q}”.` : 'This company has no projects.'}
                none="There are no projects yet."
                {...list}
              />
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
        <Pager total={total} rowCount={projects.length} {...list} />
      </div>
    </div>
  );
}
