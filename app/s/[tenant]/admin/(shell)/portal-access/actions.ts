'use server';
import { staffAction } from '@/lib/actions';
import { contactIdSchema, deletePortalUsersSchema, editPortalUserSchema, portalUserSchema, setActiveSchema } from '@/lib/portal-users/schemas';
import {
  addPortalUser,
  deletePortalUsers,
  resendInvitation,
  resetPortalUserPassword,
  resetTwoFactor,
  setPortalUserActive,
  updatePortalUser,
} from '@/lib/portal-users/service';

const edit = 'portal_users.edit' as const;
const NOT_SENT = 'The client portal is not activated, so no invitation was sent. Turn on Portal Activation, then use Resend Invitation Email.';

export const addPortalUserAction = staffAction({ schema: portalUserSchema, permission: edit, audit: 'portal_user.add' }, async (data, w) => {
  const { contact, invited } = await addPortalUser(w, data);
  return invited
    ? { success: `Portal user ${contact.email} saved. An invitation was sent to ${contact.email}.` }
    : { success: `Portal user ${contact.email} saved. ${NOT_SENT}` };
});

export const updatePortalUserAction = staffAction({ schema: editPortalUserSchema, permission: edit, audit: 'portal_user.update' }, async ({ contactId, ...data }, w) => {
  await updatePortalUser(w, contactId, data);
  return { success: 'Portal user saved.' };
});

export const resendInvitationAction = staffAction({ schema: contactIdSchema, permission: edit, audit: 'portal_user.invite' }, async ({ contactId }, w) => {
  const contact = await resendInvitation(w, contactId);
  return { success: `A new invitation was sent to ${contact.email}. Earlier invitation links no longer work.` };
});

export const resetPasswordAction = staffAction({ schema: contactIdSchema, permission: edit, audit: 'portal_user.reset_password' }, async ({ contactId }, w) => {
  const contact = await resetPortalUserPassword(w, contactId);
  return { success: `A password reset link, valid for 1 hour, was sent to ${contact.email}.` };
});

export const setActiveAction = staffAction({ schema: setActiveSchema, permission: edit, audit: 'portal_user.activate' }, async ({ contactId, active }, w) => {
  const contact = await setPortalUserActive(w, contactId, active);
  return { success: active ? `${contact.email} can sign in again.` : `${contact.email} was deactivated and signed out.` };
});

export const deletePortalUsersAction = staffAction({ schema: deletePortalUsersSchema, permission: edit, audit: 'portal_user.delete' }, async ({ ids }, w) => {
  const n = await deletePortalUsers(w, ids);
  return { success: n === 1 ? '1 portal user was deleted.' : `${n} portal users were deleted.` };
});

export const resetTwoFactorAction = staffAction({ schema: contactIdSchema, permission: edit, audit: 'portal_user.reset_two_factor' }, async ({ contactId }, w) => {
  const contact = await resetTwoFactor(w, contactId);
  return { success: `Two-factor authentication was reset for ${contact.email}.` };
});
