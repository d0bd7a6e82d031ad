import 'server-only';
import { and, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { documentationRecords, securityLevels, type MinimumLevel } from '@/lib/db/schema';
import { may, type Viewer } from '@/lib/portal/access';

/**
 * The built-in levels a portal user's level reaches: a level reaches Basic, Advanced or Manager when it allows
 * everything that built-in level allows. A custom level is measured the same way, by its permissions, never its name.
 */
export async function reachedLevels(viewer: Viewer): Promise<MinimumLevel[]> {
  const db = await getDb();
  const builtIns = await db
    .select({ key: securityLevels.key, permissions: securityLevels.permissions })
    .from(securityLevels)
    .where(and(isNull(securityLevels.tenantId), eq(securityLevels.builtIn, true)));
  return builtIns.filter((l) => l.permissions.every((p) => viewer.permissions.includes(p))).map((l) => l.key as MinimumLevel);
}

/**
 * The documentation a portal user may see: with the "view documentation" permission, the records of their own
 * company marked Show on Portal? whose minimum level their level reaches. (Revealing a secret also needs
 * "view passwords"; see the reveal action.)
 */
export async function visibleDocumentation(viewer: Viewer): Promise<SQL> {
  if (!may(viewer, 'documentation.view')) return sql`false`;
  const reached = await reachedLevels(viewer);
  if (!reached.length) return sql`false`;
  return and(
    eq(documentationRecords.tenantId, viewer.tenantId),
    eq(documentationRecords.companyId, viewer.companyId),
    eq(documentationRecords.showOnPortal, true),
    inArray(documentationRecords.minimumLevel, reached),
  )!;
}
