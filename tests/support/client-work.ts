import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { contacts, securityLevels, type LevelPermission, type Tenant } from '@/lib/db/schema';
import type { ClientContext } from '@/lib/errors';
import { runClient, type ClientWork } from '@/lib/pipeline';
import { viewerOf } from '@/lib/portal/access';

/**
 * A portal user's domain function as its action runs it — the level's permission checked, then the work and its
 * audit row in one transaction — called with a plain client context.
 */
export function clientOp<P extends LevelPermission | 'own_account', A extends unknown[], R>(
  fn: (w: ClientWork<P>, ...args: A) => Promise<R>,
  permission: P,
  audit: string,
) {
  return (ctx: ClientContext, ...args: A) => runClient(ctx, { permission, audit }, (w) => fn(w, ...args));
}

/** The signed-in portal user `email` of a tenant as the pipeline sees them: contact, level permissions, company. */
export async function clientContext(tenant: Tenant, email: string): Promise<ClientContext> {
  const db = await getDb();
  const [row] = await db
    .select({ contact: contacts, securityLevel: securityLevels })
    .from(contacts)
    .leftJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
    .where(and(eq(contacts.tenantId, tenant.id), eq(sql`lower(${contacts.email})`, email.toLowerCase())));
  // The portal's work never reads the session token; the account tests cover sessions.
  return { tenant, contact: row.contact, sessionToken: 'not-used', viewer: viewerOf(row) };
}
