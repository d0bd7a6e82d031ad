import { z } from 'zod';
import { LEVEL_PERMISSIONS } from '@/lib/db/schema';
import { checkbox, text } from '@/lib/forms';

/** The ticked permissions as one comma-separated field (FormData keeps one value per name); unknown names refused. */
export const levelPermissionsField = z
  .string()
  .default('')
  .transform((s) => [...new Set(s.split(',').filter(Boolean))])
  .pipe(z.array(z.enum(LEVEL_PERMISSIONS, 'Choose permissions from the list.')));

/** New Security Level and Edit Security Level: the same fields, the level's id only when editing. */
export const securityLevelSchema = z.object({
  levelId: z.union([z.uuid(), z.literal('')]).optional(),
  name: text().min(1, 'Enter a name.').max(60, 'Name must be at most 60 characters.'),
  permissions: levelPermissionsField,
  clientAssignable: checkbox,
});
export type SecurityLevelInput = z.output<typeof securityLevelSchema>;

/** Delete: where the level's portal users go, when it has any (another level of this tenant or a built-in one). */
export const deleteSecurityLevelSchema = z.object({
  levelId: z.uuid('That security level was not found.'),
  moveToLevelId: z.union([z.uuid('Choose the level its portal users move to.'), z.literal('')]).optional(),
});
