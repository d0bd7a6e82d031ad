import type { Metadata } from 'next';
import Link from 'next/link';
import { ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { InviteStaffDialog } from '@/components/staff/invite-staff-dialog';
import { StaffStatusBadge } from '@/components/staff/status-badge';
import { can, requireStaff } from '@/lib/auth/staff';
import { permissionSummary } from '@/lib/staff/labels';
import { listStaff } from '@/lib/staff/queries';
import { inviteStaffAction } from './actions';

export const metadata: Metadata = { title: 'Staff · Organization Settings' };

/** Everyone sees who the staff are and what they may do; only staff who can manage staff change it. */
export default async function StaffPage() {
  const { tenant, user } = await requireStaff();
  const canManage = can(user, 'staff.manage');
  const staff = await listStaff({ tenantId: tenant.id });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Staff</h1>
      {canManage ? <InviteStaffDialog action={inviteStaffAction} /> : <ViewOnlyNotice permission="staff.manage" />}
      <div className="overflow-x-auto rounded-lg border border-zinc-200 bg-white shadow-sm">
        <table className="w-full text-sm" aria-label="Staff">
          <thead className="border-b border-zinc-200 bg-zinc-50 text-left text-zinc-700">
            <tr>
              <th scope="col" className="px-3 py-2">Name</th>
              <th scope="col" className="hidden px-3 py-2 sm:table-cell">E-mail</th>
              <th scope="col" className="px-3 py-2">Status</th>
              <th scope="col" className="px-3 py-2">Permissions</th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id} className="border-b border-zinc-100 align-top last:border-0">
                <td className="px-3 py-2">
                  <Link href={`/admin/settings/staff/${member.id}`} className="font-medium text-brand-700 hover:underline">
                    {member.name || member.email}
                  </Link>
                  {member.id === user.id && <span className="ml-2 text-xs text-zinc-500">(you)</span>}
                  <span className="block break-all text-xs text-zinc-500 sm:hidden">{member.email}</span>
                </td>
                <td className="hidden break-all px-3 py-2 sm:table-cell">{member.email}</td>
                <td className="px-3 py-2">
                  <StaffStatusBadge status={member.status} />
                </td>
                <td className="px-3 py-2 text-zinc-700">{permissionSummary(member.permissions)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
