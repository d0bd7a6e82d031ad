'use server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { emailPreferencesSchema, notificationIdSchema } from '@/lib/account/schemas';
import { markNotificationsRead, setEmailPreferences } from '@/lib/account/service';
import { clientAction } from '@/lib/actions';

export const markReadAction = clientAction(notificationIdSchema, async ({ id }, ctx) => {
  await markNotificationsRead(ctx, id);
});

export const markAllReadAction = clientAction(z.object({}), async (_data, ctx) => {
  await markNotificationsRead(ctx);
});

export const savePreferencesAction = clientAction(emailPreferencesSchema, async (preferences, ctx) => {
  await setEmailPreferences(ctx, preferences);
  return { success: (await getTranslations('notifications'))('preferencesSaved') };
});
