import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { companyParam } from '@/components/admin/company-filter';
import { EmptyRow, FilterBox, Pager, SortHeader } from '@/components/ui/list-controls';
import { requireStaff } from '@/lib/auth/staff';
import { getCompany, getContactsPage } from '@/lib/companies/queries';
import { CONTACT_LIST_DEFAULTS, contactListSchema } from '@/lib/companies/schemas';

export const metadata: Metadata = { title: 'Contacts' };

/** Every contact of the tenant (or of one company, `?company=`), paged, sorted and filtered in SQL. */
export default async function ContactsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant } = await requireStaff();
  const search = await searchParams;
  const companyId = companyParam(search.company);
  const params = contactListSchema.parse(search);
  const [company, { rows, total }] = await Promise.all([
    companyId ? getCompany({ tenantId: tenant.id, companyId }) : null,
    getContactsPage({ tenantId: tenant.id, params, companyId }),
  ]);
  if (companyId && !company) notFound();
  const keep: Record<string, string> = companyId ? { company: companyId } : {};
  const list = { params, defaults: CONTACT_LIST_DEFAULTS, keep };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Contacts</h1>
      {company && (
        <p className="text-sm text-zinc-700">
          Contacts of{' '}
          <Link href={`/admin/companies/${company.id}`} className="font-medium text-brand-700 hover:underline">
            {company.name}
          </Link>{' '}
          ·{' '}
          <Link href="/admin/contacts" className="text-brand-700 hover:underline">
            All companies
          </Link>
        </p>
      )}
      <FilterBox id="contacts-filter" placeholder="Name, e-mail, company or logon" {...list} />
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label={company ? `Contacts of ${company.name}` : 'All contacts'}>
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <SortHeader label="Name" sortKey="name" {...list} />
              <SortHeader label="Email" sortKey="email" {...list} />
              <SortHeader label="Company" sortKey="company" {...list} />
              <SortHeader label="Phone" sortKey="phone" {...list} />
              <SortHeader label="Portal" sortKey="portal" {...list} />
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 && (
              <EmptyRow
                colSpan={5}
                total={total}
                filtered={Boolean(params.q || companyId)}
                noMatch={params.q ? `No contacts match “${params.q}”.` : 'This company has no contacts yet.'}
                none="There are no contacts yet."
                {...list}
              />
            )}
            {rows.map((c) => (
              <tr key={c.id} className="border-b border-zinc-100 last:border-0">
                <td className="px-3 py-2">
                  <Link href={`/admin/contacts/${c.id}`} className="font-medium text-brand-700 hover:underline">
                    {`${c.firstName} ${c.lastName}`.trim()}
                  </Link>
                </td>
                <td className="px-3 py-2">{c.email}</td>
                <td className="px-3 py-2">
                  <Link href={`/admin/companies/${c.companyId}`} className="text-brand-700 hover:underline">
                    {c.company}
                  </Link>
                </td>
                <td className="px-3 py-2">{c.phone ?? '—'}</td>
                <td className="px-3 py-2">{c.portal ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Pager total={total} rowCount={rows.length} {...list} />
      </div>
    </div>
  );
}
