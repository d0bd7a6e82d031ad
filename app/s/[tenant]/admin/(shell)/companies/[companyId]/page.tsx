import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { CompanyForm } from '@/components/companies/company-form';
import { VendorList } from '@/components/portal-admin/vendor-list';
import { OffHoursNowNotice, OutOfOfficeMark } from '@/components/admin/client-availability';
import { ExpiringSoon } from '@/components/documentation/expiring-soon';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getCompanyName } from '@/lib/companies/pickers';
import { COMPANY_CONTACTS_SHOWN, getCompanyWithContacts } from '@/lib/companies/queries';
import { listVendors } from '@/lib/portal-admin/vendors';
import { companyOffHoursNow } from '@/lib/portal-admin/off-hours';
import { awayUntil } from '@/lib/portal-admin/out-of-office';
import { updateCompanyAction } from '../actions';

export const metadata: Metadata = { title: 'Company' };

export default async function CompanyPage({ params, searchParams }: { params: Promise<{ companyId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { tenant, user } = await requireStaff();
  const { companyId } = await params;
  if (!z.uuid().safeParse(companyId).success) notFound();
  const [found, vendors] = await Promise.all([
    getCompanyWithContacts({ tenantId: tenant.id, companyId }),
    listVendors({ tenantId: tenant.id, companyId }),
  ]);
  if (!found) notFound();
  const { company, contacts, contactCount, contactChoices } = found;
  const [away, offHoursNow, parent] = await Promise.all([
    awayUntil(
      tenant.id,
      contacts.map((c) => c.id),
    ),
    companyOffHoursNow(tenant.id, company.id),
    getCompanyName({ tenantId: tenant.id, companyId: company.parentCompanyId }),
  ]);
  const canEdit = can(user, 'portal_users.edit');
  const defaults = {
    name: company.name,
    email: company.email ?? '',
    parentCompanyId: company.parentCompanyId ?? '',
    primaryContactId: company.primaryContactId ?? '',
    billingContactId: company.billingContactId ?? '',
    portalEnabled: company.portalEnabled,
    knowledgeBaseEnabled: company.knowledgeBaseEnabled,
    twoFactorRequired: company.twoFactorRequired,
  };
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/admin/companies" className="text-sm text-brand-700 hover:underline">
        ← Companies
      </Link>
      <h1 className="text-2xl font-semibold">{company.name}</h1>
      {offHoursNow && <OffHoursNowNotice />}
      <nav aria-label="Work of this company" className="flex gap-4 text-sm">
        <Link href={`/admin/projects?company=${company.id}`} className="text-brand-700 hover:underline">
          Projects of {company.name}
        </Link>
        <Link href={`/admin/tickets?company=${company.id}`} className="text-brand-700 hover:underline">
          Tickets of {company.name}
        </Link>
        <Link href={`/admin/invoices?company=${company.id}`} className="text-brand-700 hover:underline">
          Invoices of {company.name}
        </Link>
        {can(user, 'documentation.view') && (
          <Link href={`/admin/companies/${company.id}/documentation`} className="text-brand-700 hover:underline">
            Documentation
          </Link>
        )}
        <Link href={`/admin/companies/${company.id}/hours`} className="text-brand-700 hover:underline">
          Block hours and retainers
        </Link>
      </nav>
      {(await searchParams).created && <Alert tone="success">Company added.</Alert>}
      {can(user, 'documentation.view') && <ExpiringSoon tenantId={tenant.id} companyId={company.id} />}
      <Card>
        <CompanyForm action={updateCompanyAction} defaults={defaults} companyId={company.id} parent={parent} people={contactChoices} readOnly={!canEdit} />
      </Card>
      <Card title="Contacts">
        {canEdit && (
          <Link
            href={`/admin/companies/${company.id}/contacts/new`}
            className="mb-4 inline-block rounded-md border border-zinc-300 px-3 py-1.5 text-sm font-medium hover:bg-zinc-50"
          >
            Add contact
          </Link>
        )}
        {contacts.length === 0 ? (
          <p className="text-sm text-zinc-500">This company has no contacts yet.</p>
        ) : (
          <table className="w-full text-sm" aria-label="Contacts">
            <thead className="text-left text-zinc-600">
              <tr>
                <th scope="col" className="py-1">
                  Name
                </th>
                <th scope="col" className="py-1">
                  Email
                </th>
                <th scope="col" className="py-1">
                  Portal Access
                </th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((c) => (
                <tr key={c.id} className="border-t border-zinc-100">
                  <td className="py-2">
                    <Link href={`/admin/contacts/${c.id}`} className="text-brand-700 hover:underline">
                      {c.firstName} {c.lastName}
                    </Link>
                    {c.id === company.primaryContactId && <span className="ml-2 text-xs text-zinc-500">Primary</span>}
                    {c.id === company.billingContactId && <span className="ml-2 text-xs text-zinc-500">Billing</span>}
                    <OutOfOfficeMark until={away.get(c.id)} />
                  </td>
                  <td className="py-2">{c.email}</td>
                  <td className="py-2">{c.logonName ? (c.portalAccess ? 'Yes' : 'Deactivated') : 'No'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {contactCount > COMPANY_CONTACTS_SHOWN && (
          <p className="mt-3 text-sm text-zinc-600">
            The first {COMPANY_CONTACTS_SHOWN} of {contactCount.toLocaleString('en-US')} contacts, by name.{' '}
            <Link href={`/admin/contacts?company=${company.id}`} className="font-medium text-brand-700 hover:underline">
              Show all contacts
            </Link>
          </p>
        )}
      </Card>
      <Card title="Vendors">
        <p className="mb-4 text-sm text-zinc-600">Kept by the client&apos;s Manager in Portal Admin › Vendors.</p>
        {vendors.length === 0 ? (
          <p className="text-sm text-zinc-500">This company has no vendors on record.</p>
        ) : (
          <VendorList
            vendors={vendors}
            labels={{
              list: 'Vendors',
              supplies: 'Supplies',
              accountNumber: 'Account number',
              supportPhone: 'Support phone',
              supportEmail: 'Support e-mail',
              notes: 'Notes',
            }}
          />
        )}
      </Card>
    </div>
  );
}
