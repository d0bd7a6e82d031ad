/**
 * The scheduled purge (GET /api/cron/purge): only with the right secret, and then it deletes exactly
 * what can no longer be used.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/cron/purge/route';
import { hashToken } from '@/lib/auth/random';
import { auditLog, oneTimeTokens, sessions, signInAttempts, verificationTokens } from '@/lib/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { demo } from '../support/demo';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const cron = (authorization?: string) => GET(new Request('http://localhost:3000/api/cron/purge', { headers: authorization ? { authorization } : {} }));

function withSecret(secret: string | undefined) {
  if (secret === undefined) delete process.env.CRON_SECRET;
  else process.env.CRON_SECRET = secret;
  resetEnvForTests();
}

afterEach(() => withSecret(undefined));

describe('the purge route', () => {
  it('does not exist without CRON_SECRET, and refuses a wrong or missing secret', async () => {
    await demo();
    expect((await cron('Bearer anything')).status).toBe(404);
    withSecret('s3cret-for-the-cron');
    expect((await cron()).status).toBe(401);
    expect((await cron('Bearer wrong')).status).toBe(401);
    expect((await cron('s3cret-for-the-cron')).status).toBe(401);
    expect((await cron('Bearer s3cret-for-the-cron-and-more')).status).toBe(401);
    expect((await cron('Bearer s3cret-for-the-cron')).status).toBe(200);
  });

  it('deletes ended sessions, spent sign-in counts, used or expired links and expired sign-in tokens — and nothing else', async () => {
    const { db, acme, contact, staff } = await demo();
    const franco = await contact(acme.id, 'franco@coolair.com');
    const owner = await staff(acme.id, 'owner@acme.test');
    const now = Date.now();
    const at = (ms: number) => new Date(now + ms);

    const session = (name: string, kind: 'client' | 'preview', expiresIn: number, seenAgo: number) => ({
      idHash: hashToken(name),
      tenantId: acme.id,
      kind,
      contactId: franco.id,
      userId: kind === 'preview' ? owner.id : null,
      sessionVersion: franco.sessionVersion,
      expiresAt: at(expiresIn),
      lastSeenAt: at(-seenAgo),
    });
    await db.insert(sessions).values([
      session('purge-live', 'client', DAY, MINUTE),
      session('purge-expired', 'client', -MINUTE, MINUTE),
      session('purge-idle', 'client', DAY, 9 * 60 * MINUTE),
      session('purge-preview-over', 'preview', -MINUTE, 2 * MINUTE),
    ]);

    const attempt = (key: string, windowAgo: number, lockedFor: number | null) => ({
      tenantId: acme.id,
      scope: 'account' as const,
      key,
      failures: 5,
      windowStartedAt: at(-windowAgo),
      lockedUntil: lockedFor === null ? null : at(lockedFor),
    });
    await db.insert(signInAttempts).values([
      attempt('purge:counting', 5 * MINUTE, null),
      attempt('purge:locked', 20 * MINUTE, 5 * MINUTE),
      attempt('purge:spent', 20 * MINUTE, null),
      attempt('purge:lock-over', 40 * MINUTE, -10 * MINUTE),
    ]);

    const token = (name: string, expiresIn: number, used: boolean) => ({
      tenantId: acme.id,
      purpose: 'password_reset' as const,
      contactId: franco.id,
      tokenHash: hashToken(name),
      expiresAt: at(expiresIn),
      usedAt: used ? at(-MINUTE) : null,
    });
    await db.insert(oneTimeTokens).values([token('purge-open', 30 * MINUTE, false), token('purge-used', 30 * MINUTE, true), token('purge-stale', -MINUTE, false)]);

    await db.insert(verificationTokens).values([
      { identifier: `${acme.id}:owner@acme.test`, token: 'purge-fresh', expires: at(10 * MINUTE) },
      { identifier: `${acme.id}:owner@acme.test`, token: 'purge-old', expires: at(-MINUTE) },
    ]);

    withSecret('s3cret-for-the-cron');
    const response = await cron('Bearer s3cret-for-the-cron');
    expect(await response.json()).toEqual({ sessions: 3, signInAttempts: 2, oneTimeTokens: 2, verificationTokens: 1, emailsRetried: 0, emailsSent: 0 });

    const left = {
      sessions: (await db.select({ id: sessions.idHash }).from(sessions).where(inArray(sessions.idHash, ['purge-live', 'purge-expired', 'purge-idle', 'purge-preview-over'].map(hashToken)))).map((r) => r.id),
      attempts: (await db.select({ key: signInAttempts.key }).from(signInAttempts).where(eq(signInAttempts.tenantId, acme.id))).map((r) => r.key).sort(),
      tokens: (await db.select({ hash: oneTimeTokens.tokenHash }).from(oneTimeTokens).where(eq(oneTimeTokens.contactId, franco.id))).map((r) => r.hash),
      verification: (await db.select({ token: verificationTokens.token }).from(verificationTokens)).map((r) => r.token),
    };
    expect(left).toEqual({
      sessions: [hashToken('purge-live')],
      attempts: ['purge:counting', 'purge:locked'],
      tokens: [hashToken('purge-open')],
      verification: ['purge-fresh'],
    });

    const ended = await db
      .select({ details: auditLog.details, actorId: auditLog.actorId, targetId: auditLog.targetId })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, acme.id), eq(auditLog.action, 'preview.end')));
    expect(ended).toEqual([{ details: { reason: 'expired' }, actorId: owner.id, targetId: franco.id }]);
  });
});
