import { z } from 'zod';
import { checkbox, text } from '@/lib/forms';

export const portalSettingsSchema = z.object({
  portalActivated: checkbox,
  invitationLifetimeHours: z.coerce
    .number('Enter a number of hours.')
    .int('Enter a whole number of hours.')
    .min(1, 'Invitation links must last at least 1 hour.')
    .max(336, 'Invitation links can last at most 14 days (336 hours).'),
  twoFactorRequired: checkbox,
});
export type PortalSettingsInput = z.infer<typeof portalSettingsSchema>;

export const sharingDefaultsSchema = z.object({
  shareByDefault: checkbox,
  shareMilestonesByDefault: checkbox,
  shareTasksByDefault: checkbox,
});

export const customCodeSchema = z.object({
  customCss: text({ multiline: true, trim: false }).max(100_000, 'Custom CSS can be at most 100,000 characters.'),
  customJs: text({ multiline: true, trim: false }).max(100_000, 'Custom JavaScript can be at most 100,000 characters.'),
});

/** Printed on invoices and reports, under the organization's name. */
export const organizationAddressSchema = z.object({
  address: text({ multiline: true }).max(500, 'The address can be at most 500 characters.').default(''),
});
