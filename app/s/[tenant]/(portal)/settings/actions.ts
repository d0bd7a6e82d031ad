'use server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { endSessionSchema, formatsSchema, languageSchema, logonChangeSchema, passwordChangeSchema } from '@/lib/account/schemas';
import { changeLogonName, changePassword, endOwnSession, saveDashboards, setFormats, setLanguage } from '@/lib/account/service';
import { clientAction } from '@/lib/actions';
import { endClientSession } from '@/lib/auth/client';
import { afterCommit } from '@/lib/db/client';
import { dashboardsSchema } from '@/lib/portal/dashboards';
import { clearOwnAway, setOwnAway } from '@/lib/portal-admin/out-of-office';
import { ownAwaySchema } from '@/lib/portal-admin/out-of-office-schemas';

const permission = 'own_account' as const;

export const setLanguageAction = clientAction({ schema: languageSchema, permission, audit: 'client.set_language' }, async ({ language }, w) => {
  await setLanguage(w, language);
  return { success: (await getTranslations({ locale: language, namespace: 'settings' }))('languageSaved') };
});

export const setFormatsAction = clientAction({ schema: formatsSchema, permission, audit: 'client.set_formats' }, async (formats, w) => {
  await setFormats(w, formats);
  return { success: (await getTranslations('settings'))('formatsSaved') };
});

/** Every session of the user ends with the change; this browser's cookie goes once it has committed. */
export const changeLogonNameAction = clientAction({ schema: logonChangeSchema, permission, audit: 'client.change_logon_name' }, async ({ logonName }, w) => {
  await changeLogonName(w, logonName);
  await afterCommit(endClientSession);
  return { redirectTo: '/sign-in' };
});

export const changePasswordAction = clientAction({ schema: passwordChangeSchema, permission, audit: 'client.change_password' }, async ({ oldPassword, password }, w) => {
  await changePassword(w, oldPassword, password);
  return { success: (await getTranslations('settings'))('passwordChanged') };
});

export const saveDashboardsAction = clientAction({ schema: dashboardsSchema, permission, audit: 'client.save_dashboards' }, async ({ dashboards }, w) => {
  await saveDashboards(w, dashboards);
  return { success: (await getTranslations('settings'))('dashboardsSaved') };
});

export const endSessionAction = clientAction({ schema: endSessionSchema, permission, audit: 'client.end_session' }, async ({ session }, w) => {
  await endOwnSession(w, session);
  return { success: (await getTranslations('settings'))('sessionEnded') };
});

export const setOwnAwayAction = clientAction({ schema: ownAwaySchema, permission, audit: 'client.set_out_of_office' }, async (away, w) => {
  await setOwnAway(w, away);
  return { success: (await getTranslations('outOfOffice'))('saved') };
});

export const clearOwnAwayAction = clientAction({ schema: z.object({}), permission, audit: 'client.clear_out_of_office' }, async (_input, w) => {
  await clearOwnAway(w);
  return { success: (await getTranslations('outOfOffice'))('cleared') };
});
