import { z } from 'zod';
import { STAFF_PERMISSIONS, type StaffPermission } from '@/lib/db/schema';

/**
 * The ticked permissions, sent as one comma-separated field (FormData keeps one value per name). Unknown
 * names are refused; a permission ticked twice counts once.
 */
export const permissionsField = z
  .string()
  .default('')
  .transform((s) => [...new Set(s.split(',').filter(Boolean))])
  .pipe(z.array(z.enum(STAFF_PERMISSIONS, 'Choose permissions from the list.')));

export const inviteStaffSchema = z.object({
  name: z.string().trim().min(1, 'Enter a name.').max(100, 'Name must be at most 100 characters.'),
  email: z.string().trim().min(1, 'Enter an e-mail address.').pipe(z.email('Enter a valid e-mail address.')).pipe(z.string().max(254, 'E-mail must be at most 254 characters.')),
  permissions: permissionsField,
});
export type InviteStaffInput = z.output<typeof inviteStaffSchema>;

export const staffIdSchema = z.object({ userId: z.uuid() });

export const staffPermissionsSchema = z.object({ userId: z.uuid(), permissions: permissionsField });

export const staffActiveSchema = z.object({ userId: z.uuid(), active: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const endStaffSessionSchema = z.object({ session: z.string().regex(/^[0-9a-f]{64}$/, 'That session was not found.') });

/** Permissions in the order of the Staff page, so lists and checkboxes read the same everywhere. */
export const orderedPermissions = (permissions: readonly StaffPermission[]) => STAFF_PERMISSIONS.filter((p) => permissions.includes(p));
