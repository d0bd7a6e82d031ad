import 'server-only';
import { and, eq, isNull, lt, lte, or, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { signInAttempts } from '@/lib/db/schema';

const WINDOW_MS = 15 * 60_000;
export const LOCK_MINUTES = 15;
const LOCK_MS = LOCK_MINUTES * 60_000;
export const LIMITS = { account: 5, address: 20 } as const;

type Scope = keyof typeof LIMITS;
export type AttemptKeys = { account: string; address: string | null };

function entries(keys: AttemptKeys): [Scope, string][] {
  const list: [Scope, string][] = [['account', keys.account.trim().toLowerCase()]];
  if (keys.address) list.push(['address', keys.address]);
  return list;
}

/** Milliseconds until sign-in is allowed again for this account or client address (0 when it is). */
export async function lockedFor(tenantId: string, keys: AttemptKeys, now = new Date()): Promise<number> {
  const db = await getDb();
  let wait = 0;
  for (const [scope, key] of entries(keys)) {
    const [row] = await db
      .select({ lockedUntil: signInAttempts.lockedUntil })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.tenantId, tenantId), eq(signInAttempts.scope, scope), eq(signInAttempts.key, key)));
    if (row?.lockedUntil && row.lockedUntil > now) wait = Math.max(wait, row.lockedUntil.getTime() - now.getTime());
  }
  return wait;
}

/**
 * Counts a failure against the account and the address, in one statement each, so concurrent requests
 * on several servers count correctly. Past the limit within the window, the key is locked for a while.
 */
export async function recordFailure(tenantId: string, keys: AttemptKeys, now = new Date()) {
  const db = await getDb();
  const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;
  const windowStart = at(new Date(now.getTime() - WINDOW_MS));
  const lockUntil = at(new Date(now.getTime() + LOCK_MS));
  for (const [scope, key] of entries(keys)) {
    const limit = LIMITS[scope];
    await db
      .insert(signInAttempts)
      .values({ tenantId, scope, key, failures: 1, windowStartedAt: now })
      .onConflictDoUpdate({
        target: [signInAttempts.tenantId, signInAttempts.scope, signInAttempts.key],
        set: {
          failures: sql`case when ${signInAttempts.windowStartedAt} < ${windowStart} then 1 else ${signInAttempts.failures} + 1 end`,
          windowStartedAt: sql`case when ${signInAttempts.windowStartedAt} < ${windowStart} then ${at(now)} else ${signInAttempts.windowStartedAt} end`,
          lockedUntil: sql`case when ${signInAttempts.windowStartedAt} >= ${windowStart} and ${signInAttempts.failures} + 1 >= ${limit} then ${lockUntil} else ${signInAttempts.lockedUntil} end`,
        },
      });
  }
}

/** A successful sign-in clears the account's count (the address keeps its own). */
export async function clearAccountFailures(tenantId: string, account: string) {
  const db = await getDb();
  await db
    .delete(signInAttempts)
    .where(and(eq(signInAttempts.tenantId, tenantId), eq(signInAttempts.scope, 'account'), eq(signInAttempts.key, account.trim().toLowerCase())));
}

export type LimitedAttempt<T> = { ok: true; value: T } | { ok: false; lockedMs: number; counted: boolean };

/**
 * One sign-in attempt under the limits, for staff and clients alike: refused (and not counted) while locked; a
 * failure (`attempt` answers null) is counted and may lock; a success clears the account's count.
 */
export async function limitedAttempt<T>(tenantId: string, keys: AttemptKeys, attempt: () => Promise<T | null>): Promise<LimitedAttempt<T>> {
  const wait = await lockedFor(tenantId, keys);
  if (wait) return { ok: false, lockedMs: wait, counted: false };
  const value = await attempt();
  if (value === null) {
    await recordFailure(tenantId, keys);
    return { ok: false, lockedMs: await lockedFor(tenantId, keys), counted: true };
  }
  await clearAccountFailures(tenantId, keys.account);
  return { ok: true, value };
}

/** Housekeeping: a count whose window and lock are both over no longer counts for anything. */
export async function purgeSignInAttempts(now = new Date()) {
  const db = await getDb();
  const gone = await db
    .delete(signInAttempts)
    .where(and(lt(signInAttempts.windowStartedAt, new Date(now.getTime() - WINDOW_MS)), or(isNull(signInAttempts.lockedUntil), lte(signInAttempts.lockedUntil, now))))
    .returning({ key: signInAttempts.key });
  return gone.length;
}
