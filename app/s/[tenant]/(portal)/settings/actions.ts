'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { endSessionSchema, formatsSchema, languageSchema, logonChangeSchema, passwordChangeSchema } from '@/lib/account/schemas';
import { changeLogonName, changePassword, endOwnSession, saveDashboards, setFormats, setLanguage } from '@/lib/account/service';
import { clientAction } from '@/lib/actions';
import { endClientSession, getClient } from '@/lib/auth/client';
import { DASHBOARD_NOT_AVAILABLE, dashboardAccessOf, dashboardsSchema, mayUseDashboard } from '@/lib/portal/dashboards';

export const setLanguageAction = clientAction(languageSchema, async ({ language }, ctx) => {
  await setLanguage(ctx, language);
  return { success: (await getTranslations({ locale: language, namespace: 'settings' }))('languageSaved') };
});

export const setFormatsAction = clientAction(formatsSchema, async (formats, ctx) => {
  await setFormats(ctx, formats);
  return { success: (await getTranslations('settings'))('formatsSaved') };
});

export const changeLogonNameAction = clientAction(logonChangeSchema, async ({ logonName }, ctx) => {
  await changeLogonName(ctx, logonName);
  await endClientSession();
  redirect('/sign-in');
});

export const changePasswordAction = clientAction(passwordChangeSchema, async ({ oldPassword, password }, ctx) => {
  await changePassword(ctx, oldPassword, password);
  return { success: (await getTranslations('settings'))('passwordChanged') };
});

export const saveDashboardsAction = clientAction(dashboardsSchema, async ({ dashboards }, ctx) => {
  const client = await getClient();
  const access = client ? dashboardAccessOf(client) : null;
  if (!access || dashboards.some((key) => !mayUseDashboard(key, access))) return { error: DASHBOARD_NOT_AVAILABLE };
  await saveDashboards(ctx, dashboards);
  return { success: (await getTranslations('settings'))('dashboardsSaved') };
});

export const endSessionAction = clientAction(endSessionSchema, async ({ session }, ctx) => {
  await endOwnSession(ctx, session);
  return { success: (await getTranslations('settings'))('sessionEnded') };
});
