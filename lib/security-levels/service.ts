import 'server-only';
import { and, eq, isNull, ne, or, sql } from 'drizzle-orm';
import type { StaffWork } from '@/lib/pipeline';
import type { Db } from '@/lib/db/client';
import { contacts, securityLevels, type SecurityLevel } from '@/lib/db/schema';
import { ActionError, NotFoundError, fieldError } from '@/lib/errors';
import { getSecurityLevel, levelsOf } from './queries';
import type { SecurityLevelInput } from './schemas';

type Work = StaffWork<'security_levels.manage'>;

export const BUILT_IN_READ_ONLY = 'Built-in security levels cannot be changed or deleted. Copy one to make a level of your own.';
export const NAME_TAKEN = 'A security level with this name already exists.';

/** A level of this tenant, built-in or its own; another tenant's id is not found. */
async function levelOf(w: Work, levelId: string | undefined) {
  const found = levelId ? await getSecurityLevel({ tenantId: w.tenant.id, levelId }, w.tx) : null;
  if (!found) throw new NotFoundError('security level');
  return found;
}

async function customLevelOf(w: Work, levelId: string | undefined) {
  const found = await levelOf(w, levelId);
  if (found.level.builtIn || !found.level.tenantId) throw new ActionError(BUILT_IN_READ_ONLY);
  return found;
}

/** Names are unique among this tenant's levels and the built-ins, ignoring case. */
async function assertNameFree(tx: Db, tenantId: string, name: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: securityLevels.id })
    .from(securityLevels)
    .where(
      and(
        or(isNull(securityLevels.tenantId), eq(securityLevels.tenantId, tenantId)),
        eq(sql`lower(${securityLevels.name})`, name.toLowerCase()),
        exceptId ? ne(securityLevels.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (taken) throw fieldError('name', NAME_TAKEN);
}

/** Two saves of one name at once: the unique index refuses the second, with the same words. */
async function unlessNameRace<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const code = (error as { cause?: { code?: string }; code?: string })?.cause?.code ?? (error as { code?: string })?.code;
    if (code === '23505') throw fieldError('name', NAME_TAKEN);
    throw error;
  }
}

const fields = (input: SecurityLevelInput) => ({ name: input.name, permissions: input.permissions, clientAssignable: input.clientAssignable });

export async function createSecurityLevel(w: Work, input: SecurityLevelInput): Promise<SecurityLevel> {
  await assertNameFree(w.tx, w.tenant.id, input.name);
  const [level] = await unlessNameRace(
    w.tx
      .insert(securityLevels)
      .values({ ...fields(input), tenantId: w.tenant.id, key: `custom-${crypto.randomUUID()}`, builtIn: false, rank: 100 })
      .returning(),
  );
  await w.audit({
    type: 'security_level',
    id: level.id,
    details: { name: level.name, permissions: level.permissions, clientAssignable: level.clientAssignable },
  });
  return level;
}

/** A custom level's new name and permissions; its portal users have them from their next request. */
export async function updateSecurityLevel(w: Work, input: SecurityLevelInput): Promise<SecurityLevel> {
  const { level: before } = await customLevelOf(w, input.levelId);
  await assertNameFree(w.tx, w.tenant.id, input.name, before.id);
  const [level] = await unlessNameRace(
    w.tx
      .update(securityLevels)
      .set(fields(input))
      .where(and(eq(securityLevels.tenantId, w.tenant.id), eq(securityLevels.id, before.id)))
      .returning(),
  );
  const added = level.permissions.filter((p) => !before.permissions.includes(p));
  const removed = before.permissions.filter((p) => !level.permissions.includes(p));
  await w.audit({
    type: 'security_level',
    id: level.id,
    details: { name: level.name, ...(before.name !== level.name && { renamedFrom: before.name }), added, removed, clientAssignable: level.clientAssignable },
  });
  return level;
}

/**
 * Deletes a custom level. Its portal users, if any, first move to the chosen level (a built-in or another of
 * this tenant's), in the same transaction, so nobody is ever left without a level.
 */
export async function deleteSecurityLevel(w: Work, { levelId, moveToLevelId }: { levelId: string; moveToLevelId?: string }) {
  const { level, portalUsers } = await customLevelOf(w, levelId);
  let movedTo: SecurityLevel | null = null;
  if (portalUsers > 0) {
    const message = `Choose the level its ${portalUsers === 1 ? '1 portal user moves' : `${portalUsers} portal users move`} to.`;
    if (!moveToLevelId || moveToLevelId === level.id) throw fieldError('moveToLevelId', message);
    const [target] = await w.tx
      .select()
      .from(securityLevels)
      .where(and(eq(securityLevels.id, moveToLevelId), levelsOf(w.tenant.id)));
    if (!target) throw fieldError('moveToLevelId', message);
    movedTo = target;
    await w.tx
      .update(contacts)
      .set({ securityLevelId: target.id })
      .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.securityLevelId, level.id)));
  }
  await w.tx.delete(securityLevels).where(and(eq(securityLevels.tenantId, w.tenant.id), eq(securityLevels.id, level.id)));
  await w.audit({
    type: 'security_level',
    id: level.id,
    details: { name: level.name, moved: portalUsers, ...(movedTo && { movedTo: movedTo.name }) },
  });
  return { level, moved: portalUsers, movedTo };
}

/** New Security Level from a copy: the level's permissions under a name no level has yet ("Copy of Manager"). */
export function copyOf(level: Pick<SecurityLevel, 'name' | 'permissions' | 'clientAssignable'>, takenNames: readonly string[]) {
  const taken = new Set(takenNames.map((n) => n.toLowerCase()));
  const base = `Copy of ${level.name}`.slice(0, 56);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  return { name, permissions: level.permissions, clientAssignable: level.clientAssignable };
}
