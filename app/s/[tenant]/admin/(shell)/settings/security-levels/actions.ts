'use server';
import { staffAction } from '@/lib/actions';
import { deleteSecurityLevelSchema, securityLevelSchema } from '@/lib/security-levels/schemas';
import { createSecurityLevel, deleteSecurityLevel, updateSecurityLevel } from '@/lib/security-levels/service';

const manage = 'security_levels.manage' as const;

export const createSecurityLevelAction = staffAction({ schema: securityLevelSchema, permission: manage, audit: 'security_level.create' }, async (data, w) => {
  const level = await createSecurityLevel(w, data);
  return { redirectTo: `/admin/settings/security-levels/${level.id}?created=1` };
});

export const updateSecurityLevelAction = staffAction({ schema: securityLevelSchema, permission: manage, audit: 'security_level.update' }, async (data, w) => {
  const level = await updateSecurityLevel(w, data);
  return { success: `Security level ${level.name} saved. Its portal users have these permissions from their next page.` };
});

export const deleteSecurityLevelAction = staffAction(
  { schema: deleteSecurityLevelSchema, permission: manage, audit: 'security_level.delete' },
  async (data, w) => {
    const { level, moved, movedTo } = await deleteSecurityLevel(w, data);
    const users = `${moved} portal user${moved === 1 ? '' : 's'}`;
    return { success: `Security level ${level.name} deleted.${movedTo ? ` Its ${users} now ${moved === 1 ? 'has' : 'have'} ${movedTo.name}.` : ''}` };
  },
);
