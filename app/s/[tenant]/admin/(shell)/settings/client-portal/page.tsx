import type { Metadata } from 'next';
import { AddressForm } from '@/components/organization/address-form';
import { CustomCodeEditor } from '@/components/organization/custom-code-editor';
import { PortalSettingsForm } from '@/components/organization/portal-settings-form';
import { SharingDefaultsForm } from '@/components/organization/sharing-defaults-form';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { saveCustomCodeAction, updateOrganizationAddressAction, updatePortalSettingsAction, updateSharingDefaultsAction } from '../actions';

export const metadata: Metadata = { title: 'Client Portal · Organization Settings' };

export default async function ClientPortalSettingsPage() {
  const { tenant, user } = await requireStaff();
  const canEdit = can(user, 'organization_settings.edit');
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Client Portal</h1>
      {!canEdit && <Alert>You can view these settings, but changing them needs the “organization settings” permission.</Alert>}
      <Card title="Portal">
        <PortalSettingsForm
          action={updatePortalSettingsAction}
          readOnly={!canEdit}
          defaults={{ portalActivated: tenant.portalActivated, invitationLifetimeHours: tenant.invitationLifetimeHours, twoFactorRequired: tenant.twoFactorRequired }}
        />
      </Card>
      <Card title="Sharing defaults">
        <SharingDefaultsForm
          action={updateSharingDefaultsAction}
          readOnly={!canEdit}
          defaults={{ shareByDefault: tenant.shareByDefault, shareMilestonesByDefault: tenant.shareMilestonesByDefault, shareTasksByDefault: tenant.shareTasksByDefault }}
        />
      </Card>
      <Card title="Address">
        <AddressForm action={updateOrganizationAddressAction} address={tenant.address} readOnly={!canEdit} />
      </Card>
      <Card title="Custom Code">
        <CustomCodeEditor action={saveCustomCodeAction} css={tenant.customCss} js={tenant.customJs} readOnly={!canEdit} />
      </Card>
    </div>
  );
}
