import 'server-only';
import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { contacts, securityLevels } from '@/lib/db/schema';

/** The built-in levels (shared by every tenant) and this tenant's own: the levels its users may hold. */
export const levelsOf = (tenantId: string) => or(isNull(securityLevels.tenantId), eq(securityLevels.tenantId, tenantId))!;

/**
 * How many of this tenant's portal users hold the level (the built-ins are shared, their holders are not). Written
 * with an alias: drizzle leaves the columns of a one-table select unqualified.
 */
const holders = (tenantId: string) =>
  sql<number>`(select count(*) from ${contacts} c where c.tenant_id = ${tenantId} and c.security_level_id = ${securityLevels}.id)`.mapWith(Number);

const choiceColumns = {
  id: securityLevels.id,
  key: securityLevels.key,
  name: securityLevels.name,
  permissions: securityLevels.permissions,
  clientAssignable: securityLevels.clientAssignable,
  builtIn: securityLevels.builtIn,
};

/** The levels a portal user can be given, in order, with what the level picker shows of each (Add/Edit Portal User, Logins). */
export async function levelChoices(tenantId: string) {
  const db = await getDb();
  return db.select(choiceColumns).from(securityLevels).where(levelsOf(tenantId)).orderBy(asc(securityLevels.rank), asc(securityLevels.name));
}

/** Organization Settings › Security Levels: Basic, Advanced, Manager, then this tenant's levels, with their holders. */
export async function listSecurityLevels({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  return db
    .select({ ...choiceColumns, portalUsers: holders(tenantId) })
    .from(securityLevels)
    .where(levelsOf(tenantId))
    .orderBy(asc(securityLevels.rank), asc(securityLevels.name));
}
export type SecurityLevelRow = Awaited<ReturnType<typeof listSecurityLevels>>[number];

/** One level this tenant may see (a built-in or its own) with its holders; another tenant's id is not found (null). */
export async function getSecurityLevel({ tenantId, levelId }: { tenantId: string; levelId: string }, db?: Db) {
  const conn = db ?? (await getDb());
  const [row] = await conn
    .select({ level: securityLevels, portalUsers: holders(tenantId) })
    .from(securityLevels)
    .where(and(eq(securityLevels.id, levelId), levelsOf(tenantId)));
  return row ?? null;
}
