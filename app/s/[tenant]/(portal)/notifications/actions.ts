'use server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { emailPreferencesSchema, notificationIdSchema } from '@/lib/account/schemas';
import { markNotificationsRead, setEmailPreferences } from '@/lib/account/service';
import { clientAction } from '@/lib/actions';

const permission = 'own_account' as const;

export const markReadAction = clientAction({ schema: notificationIdSchema, permission, audit: 'client.read_notifications' }, async ({ id }, w) => {
  await markNotificationsRead(w, id);
});

export const markAllReadAction = clientAction({ schema: z.object({}), permission, audit: 'client.read_notifications' }, async (_data, w) => {
  await markNotificationsRead(w);
});

export const savePreferencesAction = clientAction({ schema: emailPreferencesSchema, permission, audit: 'client.set_email_preferences' }, async (preferences, w) => {
  await setEmailPreferences(w, preferences);
  return { success: (await getTranslations('notifications'))('preferencesSaved') };
});
