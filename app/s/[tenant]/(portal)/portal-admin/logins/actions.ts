'use server';
import { getTranslations } from 'next-intl/server';
import { clientAction } from '@/lib/actions';
import { contactIdSchema, editPortalUserSchema, portalUserSchema, setActiveSchema } from '@/lib/portal-users/schemas';
import { addPortalUser, resendInvitation, resetPortalUserPassword, setPortalUserActive, updatePortalUser } from '@/lib/portal-users/service';

/** Portal Admin › Logins: the staff Portal Access actions, for a client whose level has "portal admin: logins". */
const logins = 'portal_admin.logins' as const;
const messages = () => getTranslations('portalAdmin.logins');

export const addLoginAction = clientAction({ schema: portalUserSchema, permission: logins, audit: 'portal_user.add' }, async (data, w) => {
  const { contact, invited } = await addPortalUser(w, data);
  return { success: (await messages())(invited ? 'added' : 'addedNotSent', { email: contact.email }) };
});

export const updateLoginAction = clientAction(
  { schema: editPortalUserSchema, permission: logins, audit: 'portal_user.update' },
  async ({ contactId, ...data }, w) => {
    await updatePortalUser(w, contactId, data);
    return { success: (await messages())('saved') };
  },
);

export const resendLoginInvitationAction = clientAction(
  { schema: contactIdSchema, permission: logins, audit: 'portal_user.invite' },
  async ({ contactId }, w) => {
    const contact = await resendInvitation(w, contactId);
    return { success: (await messages())('invitationSent', { email: contact.email }) };
  },
);

export const resetLoginPasswordAction = clientAction(
  { schema: contactIdSchema, permission: logins, audit: 'portal_user.reset_password' },
  async ({ contactId }, w) => {
    const contact = await resetPortalUserPassword(w, contactId);
    return { success: (await messages())('resetSent', { email: contact.email }) };
  },
);

export const setLoginActiveAction = clientAction(
  { schema: setActiveSchema, permission: logins, audit: 'portal_user.activate' },
  async ({ contactId, active }, w) => {
    const contact = await setPortalUserActive(w, contactId, active);
    return { success: (await messages())(active ? 'reactivated' : 'deactivated', { email: contact.email }) };
  },
);
