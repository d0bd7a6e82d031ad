import type { Metadata } from 'next';
import { ViewPortalButton } from '@/components/admin/view-portal-button';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PortalUserActions } from '@/components/portal-users/portal-user-actions';
import { PortalUserForm } from '@/components/portal-users/portal-user-form';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { getPortalUserDetail, getPortalUserFormOptions } from '@/lib/portal-users/queries';
import { portalUserDefaults } from '@/lib/portal-users/schemas';
import { twoFactorStatus } from '@/lib/auth/two-factor';
import { resendInvitationAction, resetPasswordAction, resetTwoFactorAction, setActiveAction, updatePortalUserAction } from '../actions';

export const metadata: Metadata = { title: 'Edit Portal User' };

export default async function EditPortalUserPage({ params }: { params: Promise<{ contactId: string }> }) {
  const { tenant, user } = await requireStaff();
  const { contactId } = await params;
  if (!z.uuid().safeParse(contactId).success) notFound();
  const detail = await getPortalUserDetail({ tenantId: tenant.id, contactId });
  if (!detail) notFound();
  const { contact, company, status } = detail;
  const options = await getPortalUserFormOptions({ tenantId: tenant.id, company: { id: company.id, name: company.name } });
  const canEdit = can(user, 'portal_users.edit');
  const defaults = portalUserDefaults(contact);
  const twoFactor = { configured: 'Configured', notConfigured: 'Not Configured', notRequired: 'Not Required' }[twoFactorStatus(tenant, company, contact)];

  return (
    <div className="space-y-4">
      <Link href="/admin/portal-access" className="text-sm text-brand-700 hover:underline">
        ← Portal Access
      </Link>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">Edit Portal User</h1>
        <p className="text-sm text-zinc-600">
          {contact.firstName} {contact.lastName} · {company.name} · Status: <strong>{status}</strong> · Two-Factor Authentication: <strong>{twoFactor}</strong>
        </p>
      </div>
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card>
          <PortalUserForm options={options} action={updatePortalUserAction} defaults={defaults} contactId={contact.id} readOnly={!canEdit} />
        </Card>
        <div className="space-y-3">
        {can(user, 'portal.preview') && contact.portalAccess && (
          <ViewPortalButton
            contactId={contact.id}
            className="block w-full rounded-md border border-brand-600 px-4 py-2 text-center text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            Preview Client Portal
          </ViewPortalButton>
        )}
        {canEdit && (
          <PortalUserActions
            contactId={contact.id}
            active={contact.portalAccess}
            twoFactorConfigured={Boolean(contact.totpConfiguredAt)}
            resetTwoFactorAction={resetTwoFactorAction}
            resendAction={resendInvitationAction}
            resetAction={resetPasswordAction}
            setActiveAction={setActiveAction}
          />
        )}
        </div>
      </div>
    </div>
  );
}
