import { z } from 'zod';
import { checkbox, text } from '@/lib/forms';
import { listDefaults, listParamsSchema } from '@/lib/paging';
import { logonNameSchema, DATE_FORMATS, NUMBER_FORMATS, TIME_FORMATS } from '@/lib/portal-users/schemas';
import { LOCALES } from '@/lib/i18n/locales';
import { isCommonPassword } from '@/lib/auth/password-policy';

export const languageSchema = z.object({ language: z.enum(LOCALES, 'Choose a language.') });

export const formatsSchema = z.object({
  dateFormat: z.enum(DATE_FORMATS),
  timeFormat: z.enum(TIME_FORMATS),
  numberFormat: z.enum(NUMBER_FORMATS),
});

export const logonChangeSchema = z.object({ logonName: logonNameSchema });

/** Settings › password: the old one, and the new one twice, under the same policy as Set Password. */
export const passwordChangeSchema = z
  .object({
    oldPassword: text({ trim: false }).min(1, 'Enter your old password.'),
    password: text({ trim: false })
      .min(10, 'Password must be at least 10 characters.')
      .max(200, 'Password must be at most 200 characters.')
      .refine((p) => !isCommonPassword(p), 'This password is too common. Choose one that is harder to guess.'),
    confirm: text({ trim: false }).min(1, 'Confirm the password.'),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The passwords do not match.' });

export const endSessionSchema = z.object({ session: text().regex(/^[0-9a-f]{64}$/) });

export const twoFactorCodeSchema = z.object({ code: text().min(6, 'Enter the 6-digit code.').max(20) });
/** Set-up also carries back the key it offered (sealed by the server). */
export const twoFactorSetupSchema = twoFactorCodeSchema.extend({ key: z.string().min(1).max(1000) });

export const emailPreferencesSchema = z.object({
  notifications: checkbox,
  ticketUpdates: checkbox,
  projectUpdates: checkbox,
});

export const notificationIdSchema = z.object({ id: z.uuid() });

export const NOTIFICATION_SORTS = ['created', 'title'] as const;
export const NOTIFICATION_DEFAULTS = listDefaults<(typeof NOTIFICATION_SORTS)[number]>('created', 'desc');
/** My Notifications' URL: paging, sort and filter (title or text). */
export const notificationListSchema = listParamsSchema(NOTIFICATION_SORTS, NOTIFICATION_DEFAULTS);
export type NotificationParams = z.infer<typeof notificationListSchema>;
