'use server';
import { staffAction } from '@/lib/actions';
import { inviteStaffSchema, staffActiveSchema, staffIdSchema, staffPermissionsSchema } from '@/lib/staff/schemas';
import { inviteStaff, removeStaff, resendStaffInvitation, setStaffActive, setStaffPermissions } from '@/lib/staff/service';

const manage = 'staff.manage' as const;
const nameOf = (user: { name: string | null; email: string }) => user.name || user.email;

export const inviteStaffAction = staffAction({ schema: inviteStaffSchema, permission: manage, audit: 'staff.invite' }, async (data, w) => {
  const user = await inviteStaff(w, data);
  return { success: `${nameOf(user)} was invited. The invitation was sent to ${user.email}.` };
});

export const resendStaffInvitationAction = staffAction({ schema: staffIdSchema, permission: manage, audit: 'staff.resend_invitation' }, async ({ userId }, w) => {
  const user = await resendStaffInvitation(w, userId);
  return { success: `A new invitation was sent to ${user.email}. Earlier invitation links no longer work.` };
});

export const setStaffPermissionsAction = staffAction(
  { schema: staffPermissionsSchema, permission: manage, audit: 'staff.update_permissions' },
  async ({ userId, permissions }, w) => {
    const user = await setStaffPermissions(w, userId, permissions);
    return { success: `Permissions of ${nameOf(user)} saved.` };
  },
);

export const setStaffActiveAction = staffAction({ schema: staffActiveSchema, permission: manage, audit: 'staff.activate' }, async ({ userId, active }, w) => {
  const user = await setStaffActive(w, userId, active);
  return { success: active ? `${nameOf(user)} can sign in again.` : `${nameOf(user)} was deactivated and signed out everywhere.` };
});

export const removeStaffAction = staffAction({ schema: staffIdSchema, permission: manage, audit: 'staff.remove' }, async ({ userId }, w) => {
  await removeStaff(w, userId);
  return { redirectTo: '/admin/settings/staff' };
});
