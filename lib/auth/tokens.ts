import 'server-only';
import { and, eq, gt, inArray, isNotNull, isNull, lte, or } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { oneTimeTokens, type OneTimeToken, type TokenPurpose } from '@/lib/db/schema';
import { hashToken, randomToken } from './random';

export type TokenStatus = 'valid' | 'used' | 'expired' | 'unknown';

type IssueInput = { tenantId: string; purpose: TokenPurpose; ttlMs: number; contactId?: string; userId?: string };

/** The links e-mailed to a portal user (set a password): any one of them can take over the account. */
export const LINK_PURPOSES: TokenPurpose[] = ['invitation', 'password_reset'];

/**
 * Ends every open invitation and reset link of a contact: a new link, a new password or a deactivation
 * leaves no older link in an inbox that still works.
 */
export async function revokeContactLinks(db: Db, tenantId: string, contactId: string) {
  await db
    .delete(oneTimeTokens)
    .where(
      and(eq(oneTimeTokens.tenantId, tenantId), eq(oneTimeTokens.contactId, contactId), inArray(oneTimeTokens.purpose, LINK_PURPOSES), isNull(oneTimeTokens.usedAt)),
    );
}

/**
 * A new single-use token (only its hash is stored). Earlier unused tokens of the same purpose for the
 * same person stop working, so only the newest link in an inbox is valid; a new invitation or reset link
 * also ends the other kind.
 */
export async function issueToken(input: IssueInput, tx?: Db): Promise<{ token: string; expiresAt: Date }> {
  const db = tx ?? (await getDb());
  const token = randomToken();
  const expiresAt = new Date(Date.now() + input.ttlMs);
  if (input.contactId && LINK_PURPOSES.includes(input.purpose)) {
    await revokeContactLinks(db, input.tenantId, input.contactId);
  } else {
    const owner = input.contactId ? eq(oneTimeTokens.contactId, input.contactId) : eq(oneTimeTokens.userId, input.userId ?? '');
    await db
      .delete(oneTimeTokens)
      .where(and(eq(oneTimeTokens.tenantId, input.tenantId), eq(oneTimeTokens.purpose, input.purpose), owner, isNull(oneTimeTokens.usedAt)));
  }
  await db.insert(oneTimeTokens).values({ ...input, tokenHash: hashToken(token), expiresAt });
  return { token, expiresAt };
}

/** What a link's token is, without using it up. */
export async function inspectToken(token: string, tenantId: string, purposes: TokenPurpose[]): Promise<{ status: TokenStatus; row?: OneTimeToken }> {
  if (!token) return { status: 'unknown' };
  const db = await getDb();
  const [row] = await db.select().from(oneTimeTokens).where(and(eq(oneTimeTokens.tenantId, tenantId), eq(oneTimeTokens.tokenHash, hashToken(token))));
  if (!row || !purposes.includes(row.purpose)) return { status: 'unknown' };
  if (row.usedAt) return { status: 'used', row };
  if (row.expiresAt <= new Date()) return { status: 'expired', row };
  return { status: 'valid', row };
}

/**
 * Uses a token up, atomically: of two concurrent uses, only one succeeds. The purpose is part of the
 * same statement, so a token presented for the wrong purpose stays as it was.
 */
export async function consumeToken(token: string, tenantId: string, purposes: TokenPurpose[], tx?: Db): Promise<OneTimeToken | null> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(oneTimeTokens.tenantId, tenantId),
        eq(oneTimeTokens.tokenHash, hashToken(token)),
        inArray(oneTimeTokens.purpose, purposes),
        isNull(oneTimeTokens.usedAt),
        gt(oneTimeTokens.expiresAt, new Date()),
      ),
    )
    .returning();
  return row ?? null;
}

/** Housekeeping: tokens that were used or ran out can never be used again. */
export async function purgeTokens(now = new Date()) {
  const db = await getDb();
  const gone = await db
    .delete(oneTimeTokens)
    .where(or(isNotNull(oneTimeTokens.usedAt), lte(oneTimeTokens.expiresAt, now)))
    .returning({ id: oneTimeTokens.id });
  return gone.length;
}
