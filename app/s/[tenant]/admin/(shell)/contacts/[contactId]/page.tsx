import type { Metadata } from 'next';
import Link from 'next/link';
import { ViewPortalButton } from '@/components/admin/view-portal-button';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ContactForm } from '@/components/companies/contact-form';
import { OutOfOfficeMark } from '@/components/admin/client-availability';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getContactWithCompany } from '@/lib/companies/queries';
import { awayUntil } from '@/lib/portal-admin/out-of-office';
import { updateContactAction } from '../../companies/actions';

export const metadata: Metadata = { title: 'Contact' };

export default async function ContactPage({ params, searchParams }: { params: Promise<{ contactId: string }>; searchParams: Promise<{ created?: string }> }) {
  const { tenant, user } = await requireStaff();
  const { contactId } = await params;
  if (!z.uuid().safeParse(contactId).success) notFound();
  const found = await getContactWithCompany({ tenantId: tenant.id, contactId });
  if (!found) notFound();
  const { contact, company } = found;
  const away = await awayUntil(tenant.id, [contact.id]);
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/admin/companies/${company.id}`} className="text-sm text-brand-700 hover:underline">
        ← {company.name}
      </Link>
      <h1 className="text-2xl font-semibold">
        {contact.firstName} {contact.lastName}
        <OutOfOfficeMark until={away.get(contact.id)} />
      </h1>
      {(await searchParams).created && <Alert tone="success">Contact added.</Alert>}
      <Card>
        <ContactForm
          action={updateContactAction}
          defaults={{ firstName: contact.firstName, lastName: contact.lastName, email: contact.email, phone: contact.phone ?? '' }}
          hidden={{ contactId: contact.id }}
          readOnly={!can(user, 'portal_users.edit')}
        />
      </Card>
      <Card title="Portal Access">
        {contact.logonName ? (
          <p className="text-sm">
            Logon name <strong>{contact.logonName}</strong> · {contact.portalAccess ? 'active' : 'deactivated'} ·{' '}
            <Link href={`/admin/portal-access/${contact.id}`} className="text-brand-700 underline">
              Edit Portal User
            </Link>
            {can(user, 'portal.preview') && contact.portalAccess && (
              <>
                {' · '}
                <ViewPortalButton contactId={contact.id}>View Portal</ViewPortalButton>
              </>
            )}
          </p>
        ) : (
          <p className="text-sm text-zinc-600">
            This contact has no portal access. Give it with <strong>Portal Access › Actions › Add New Portal User</strong>, choosing {company.name} and this
            contact&apos;s e-mail.
          </p>
        )}
      </Card>
    </div>
  );
}
