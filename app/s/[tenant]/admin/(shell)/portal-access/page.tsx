import type { Metadata } from 'next';
import { PortalUsersTable } from '@/components/portal-users/portal-users-table';
import { Alert } from '@/components/ui/alert';
import { can, requireStaff } from '@/lib/auth/staff';
import { getPortalUserFormOptions, getPortalUsersPage } from '@/lib/portal-users/queries';
import { listParamsSchema } from '@/lib/portal-users/schemas';
import { addPortalUserAction, deletePortalUsersAction } from './actions';

export const metadata: Metadata = { title: 'Portal Access' };

export default async function PortalAccessPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant, user } = await requireStaff();
  const params = listParamsSchema.parse(await searchParams);
  const canEdit = can(user, 'portal_users.edit');
  const [{ rows, total, capped }, options] = await Promise.all([
    getPortalUsersPage({ tenantId: tenant.id, params }),
    canEdit ? getPortalUserFormOptions({ tenantId: tenant.id }) : Promise.resolve({ levels: [], companySearchUrl: '', company: null }),
  ]);
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">Portal Access</h1>
        <p className="text-sm text-zinc-600">The people at your client companies who can sign in to the {tenant.name} Customer Portal.</p>
      </div>
      {!canEdit && <Alert>You can view portal users, but not change them: that needs the “edit portal user settings” permission.</Alert>}
      {!tenant.portalActivated && <Alert>The client portal is not activated: new portal users are saved, but no invitations are sent.</Alert>}
      <PortalUsersTable rows={rows} total={{ count: total, capped }} params={params} canEdit={canEdit} canPreview={can(user, 'portal.preview')} options={options} addAction={addPortalUserAction} deleteAction={deletePortalUsersAction} />
    </div>
  );
}
