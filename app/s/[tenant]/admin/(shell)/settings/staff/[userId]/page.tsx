import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { StaffMemberActions } from '@/components/staff/staff-member-actions';
import { StaffPermissionsForm } from '@/components/staff/staff-permissions-form';
import { StaffStatusBadge } from '@/components/staff/status-badge';
import { Card } from '@/components/ui/card';
import { can, requireStaff } from '@/lib/auth/staff';
import { permissionSummary } from '@/lib/staff/labels';
import { getStaffMemberDetail } from '@/lib/staff/queries';
import { orderedPermissions } from '@/lib/staff/schemas';
import { removeStaffAction, resendStaffInvitationAction, setStaffActiveAction, setStaffPermissionsAction } from '../actions';

export const metadata: Metadata = { title: 'Staff member · Organization Settings' };

export default async function StaffMemberPage({ params }: { params: Promise<{ userId: string }> }) {
  const { tenant, user } = await requireStaff();
  const { userId } = await params;
  if (!z.uuid().safeParse(userId).success) notFound();
  const member = await getStaffMemberDetail({ tenantId: tenant.id, userId });
  if (!member) notFound();
  const canManage = can(user, 'staff.manage');
  const name = member.name || member.email;
  return (
    <div className="space-y-4">
      <Link href="/admin/settings/staff" className="text-sm text-brand-700 hover:underline">
        ← Staff
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{name}</h1>
        <StaffStatusBadge status={member.status} />
      </div>
      <p className="text-sm text-zinc-600">
        {member.email} · May: <span data-testid="permission-summary">{permissionSummary(member.permissions)}</span>
      </p>
      {!canManage && <ViewOnlyNotice permission="staff.manage" />}
      <div className="grid gap-6 lg:grid-cols-[1fr_18rem]">
        <Card>
          <StaffPermissionsForm userId={member.id} permissions={orderedPermissions(member.permissions).join(',')} action={setStaffPermissionsAction} readOnly={!canManage} />
        </Card>
        {canManage && (
          <div>
            <StaffMemberActions
              userId={member.id}
              name={name}
              status={member.status}
              resendAction={resendStaffInvitationAction}
              setActiveAction={setStaffActiveAction}
              removeAction={removeStaffAction}
            />
          </div>
        )}
      </div>
    </div>
  );
}
