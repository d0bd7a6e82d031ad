import 'server-only';
import { and, eq, gt, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { oneTimeTokens, type OneTimeToken, type TokenPurpose } from '@/lib/db/schema';
import { hashToken, randomToken } from './random';

export type TokenStatus = 'valid' | 'used' | 'expired' | 'unknown';

type IssueInput = { tenantId: string; purpose: TokenPurpose; ttlMs: number; contactId?: string; userId?: string };

/**
 * A new single-use token (only its hash is stored). Earlier unused tokens of the same purpose for the
 * same person stop working, so only the newest link in an inbox is valid.
 */
export async function issueToken(input: IssueInput, tx?: Db): Promise<{ token: string; expiresAt: Date }> {
  const db = tx ?? (await getDb());
  const token = randomToken();
  const expiresAt = new Date(Date.now() + input.ttlMs);
  const owner = input.contactId ? eq(oneTimeTokens.contactId, input.contactId) : eq(oneTimeTokens.userId, input.userId ?? '');
  await db
    .delete(oneTimeTokens)
    .where(and(eq(oneTimeTokens.tenantId, input.tenantId), eq(oneTimeTokens.purpose, input.purpose), owner, isNull(oneTimeTokens.usedAt)));
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

/** Uses a token up, atomically: of two concurrent uses, only one succeeds. */
export async function consumeToken(token: string, tenantId: string, purposes: TokenPurpose[], tx?: Db): Promise<OneTimeToken | null> {
  const db = tx ?? (await getDb());
  const [row] = await db
    .update(oneTimeTokens)
    .set({ usedAt: new Date() })
    .where(and(eq(oneTimeTokens.tenantId, tenantId), eq(oneTimeTokens.tokenHash, hashToken(token)), isNull(oneTimeTokens.usedAt), gt(oneTimeTokens.expiresAt, new Date())))
    .returning();
  return row && purposes.includes(row.purpose) ? row : null;
}
