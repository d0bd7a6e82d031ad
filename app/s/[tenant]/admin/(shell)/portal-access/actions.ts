'use server';
import { staffAction } from '@/lib/actions';
import {
  contactIdSchema,
  deletePortalUsersSchema,
  editPortalUserSchema,
  portalUserSchema,
  setActiveSchema,
} from '@/lib/portal-users/schemas';
import {
  addPortalUser,
  deletePortalUsers,
  resendInvitation,
  resetPortalUserPassword,
  resetTwoFactor,
  setPortalUserActive,
  updatePortalUser,
} from '@/lib/portal-users/service';

const NOT_SENT = 'The client portal is not activated, so no invitation was sent. Turn on Portal Activation, then use Resend Invitation Email.';

export const addPortalUserAction = staffAction(portalUserSchema, async (data, ctx) => {
  const { contact, invited } = await addPortalUser(ctx, data);
  return invited
    ? { success: `Portal user ${contact.email} saved. An invitation was sent to ${contact.email}.` }
    : { success: `Portal user ${contact.email} saved. ${NOT_SENT}` };
});

export const updatePortalUserAction = staffAction(editPortalUserSchema, async ({ contactId, ...data }, ctx) => {
  await updatePortalUser(ctx, contactId, data);
  return { success: 'Portal user saved.' };
});

export const resendInvitationAction = staffAction(contactIdSchema, async ({ contactId }, ctx) => {
  const contact = await resendInvitation(ctx, contactId);
  return { success: `A new invitation was sent to ${contact.email}. Earlier invitation links no longer work.` };
});

export const resetPasswordAction = staffAction(contactIdSchema, async ({ contactId }, ctx) => {
  const contact = await resetPortalUserPassword(ctx, contactId);
  return { success: `A password reset link, valid for 1 hour, was sent to ${contact.email}.` };
});

export const setActiveAction = staffAction(setActiveSchema, async ({ contactId, active }, ctx) => {
  const contact = await setPortalUserActive(ctx, contactId, active);
  return { success: active ? `${contact.email} can sign in again.` : `${contact.email} was deactivated and signed out.` };
});

export const deletePortalUsersAction = staffAction(deletePortalUsersSchema, async ({ ids }, ctx) => {
  const n = await deletePortalUsers(ctx, ids);
  return { success: n === 1 ? '1 portal user was deleted.' : `${n} portal users were deleted.` };
});

export const resetTwoFactorAction = staffAction(contactIdSchema, async ({ contactId }, ctx) => {
  const contact = await resetTwoFactor(ctx, contactId);
  return { success: `Two-factor authentication was reset for ${contact.email}.` };
});
