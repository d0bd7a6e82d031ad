import { and, desc, eq } from 'drizzle-orm';
import { generate } from 'otplib';
import { describe, expect, it } from 'vitest';
import * as account from '@/lib/account/service';
import { signInAccountKey } from '@/lib/auth/client';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { hashToken } from '@/lib/auth/random';
import { clearAccountFailures, LIMITS, lockedFor, recordFailure } from '@/lib/auth/rate-limit';
import { open } from '@/lib/auth/secret-box';
import { createSession, validateContactSession } from '@/lib/auth/sessions';
import * as twoFactor from '@/lib/auth/two-factor';
import { setupKey, verifySecondFactor } from '@/lib/auth/two-factor';
import { auditLog, contacts, emailOutbox, notifications, signInAttempts } from '@/lib/db/schema';
import type { ClientContext } from '@/lib/errors';
import { runClient } from '@/lib/pipeline';
import { clientOp } from '../support/client-work';
import { demo } from '../support/demo';

const { listOwnSessions, unreadCount } = account;
const changePassword = clientOp(account.changePassword, 'own_account', 'client.change_password');
const changeLogonName = clientOp(account.changeLogonName, 'own_account', 'client.change_logon_name');
const endOwnSession = clientOp(account.endOwnSession, 'own_account', 'client.end_session');
const confirmSetup = clientOp(twoFactor.confirmSetup, 'own_account', 'client.two_factor_enabled');
const markNotificationsRead = clientOp(account.markNotificationsRead, 'own_account', 'client.read_notifications');

async function signedIn(email: string) {
  const d = await demo();
  let contact = await d.contact(d.acme.id, email);
  await d.db.update(contacts).set({ passwordHash: await hashPassword('old-passphrase-1') }).where(eq(contacts.id, contact.id));
  contact = await d.contact(d.acme.id, email);
  const token = await createSession({ tenantId: d.acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion });
  const ctx: ClientContext = { tenant: d.acme, contact, sessionToken: token, viewer: { tenantId: d.acme.id, contactId: contact.id, companyId: contact.companyId, permissions: [] } };
  return { ...d, ctx, token };
}

describe('rate limiting of sign-in', () => {
  it('locks an account after five failures within the window, per tenant, until cleared or expired', async () => {
    const { acme, globex } = await demo();
    const keys = { account: 'Someone@Example.com', address: null };
    const now = new Date('2030-01-01T10:00:00Z');
    for (let i = 0; i < LIMITS.account - 1; i++) await recordFailure(acme.id, keys, now);
    expect(await lockedFor(acme.id, keys, now)).toBe(0);
    await recordFailure(acme.id, keys, now);
    expect(await lockedFor(acme.id, { account: 'someone@example.com', address: null }, now)).toBe(15 * 60_000);
    expect(await lockedFor(globex.id, keys, now)).toBe(0);
    expect(await lockedFor(acme.id, keys, new Date(now.getTime() + 15 * 60_000 + 1))).toBe(0);
    await clearAccountFailures(acme.id, keys.account);
    expect(await lockedFor(acme.id, keys, now)).toBe(0);
  });

  it('counts a user’s failures once, whether they typed the logon name or the e-mail', async () => {
    const { acme, contact, db } = await demo();
    const sasha = await contact(acme.id, 'sales@loop.org');
    await db.update(contacts).set({ logonName: 'sasha.lee' }).where(eq(contacts.id, sasha.id));
    try {
      const byName = await signInAccountKey(acme, 'Sasha.Lee');
      expect(byName).toBe(`contact:${sasha.id}`);
      expect(await signInAccountKey(acme, ' SALES@loop.org ')).toBe(byName);
      expect(await signInAccountKey(acme, 'Nobody@Example.com')).toBe('nobody@example.com');
    } finally {
      await db.update(contacts).set({ logonName: sasha.logonName }).where(eq(contacts.id, sasha.id));
    }
  });

  it('starts a new window after 15 minutes, so slow failures never lock', async () => {
    const { acme } = await demo();
    const keys = { account: 'slow@example.com', address: null };
    const start = Date.parse('2030-02-01T10:00:00Z');
    for (let i = 0; i < 10; i++) await recordFailure(acme.id, keys, new Date(start + i * 16 * 60_000));
    expect(await lockedFor(acme.id, keys, new Date(start + 9 * 16 * 60_000))).toBe(0);
  });

  it('locks a client address after twenty failures across accounts, counting concurrent failures exactly', async () => {
    const { acme, db } = await demo();
    const now = new Date('2030-03-01T10:00:00Z');
    await Promise.all(Array.from({ length: LIMITS.address }, (_, i) => recordFailure(acme.id, { account: `user${i}@example.com`, address: '203.0.113.9' }, now)));
    const [row] = await db.select().from(signInAttempts).where(eq(signInAttempts.key, '203.0.113.9'));
    expect(row.failures).toBe(LIMITS.address);
    expect(await lockedFor(acme.id, { account: 'fresh@example.com', address: '203.0.113.9' }, now)).toBeGreaterThan(0);
    expect(await lockedFor(acme.id, { account: 'fresh@example.com', address: '203.0.113.10' }, now)).toBe(0);
  });
});

describe('account changes end sessions', () => {
  it('a password change keeps this session and ends the others', async () => {
    const { ctx, token, acme } = await signedIn('franco@coolair.com');
    const other = await createSession({ tenantId: acme.id, kind: 'client', contactId: ctx.contact.id, sessionVersion: ctx.contact.sessionVersion });
    await expect(changePassword(ctx, 'wrong-old-pass', 'brand-new-passphrase')).rejects.toMatchObject({ fieldErrors: { oldPassword: ['The old password is not correct.'] } });
    await changePassword(ctx, 'old-passphrase-1', 'brand-new-passphrase');
    expect(await validateContactSession(token, acme.id, 'client')).not.toBeNull();
    expect(await validateContactSession(other, acme.id, 'client')).toBeNull();
    const [saved] = await (await demo()).db.select().from(contacts).where(eq(contacts.id, ctx.contact.id));
    expect(await verifyPassword(saved.passwordHash, 'brand-new-passphrase')).toBe(true);
    expect(await unreadCount(acme.id, ctx.contact.id)).toBeGreaterThan(0);
  });

  it('a logon name change ends every session; a taken name is refused', async () => {
    const { ctx, token, acme } = await signedIn('sales@loop.org');
    await expect(changeLogonName(ctx, 'NATALIYA@coolair.com')).rejects.toMatchObject({ fieldErrors: { logonName: ['This logon name is already taken.'] } });
    expect(await validateContactSession(token, acme.id, 'client')).not.toBeNull();
    // Sasha reads the portal in French: the notification about it is written in French.
    const { db } = await demo();
    await db.update(contacts).set({ language: 'fr' }).where(eq(contacts.id, ctx.contact.id));
    await changeLogonName(ctx, 'sasha.lee');
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();
    const [notice] = await db.select().from(notifications).where(eq(notifications.contactId, ctx.contact.id)).orderBy(desc(notifications.createdAt)).limit(1);
    expect(notice).toMatchObject({ title: 'Votre nom d’utilisateur a été modifié', body: 'Vous vous connectez désormais avec sasha.lee.' });
    await db.update(contacts).set({ language: 'en', logonName: ctx.contact.logonName }).where(eq(contacts.id, ctx.contact.id));
  });

  it('a user lists and ends only their own sessions', async () => {
    const { ctx, acme, contact } = await signedIn('nataliya@coolair.com');
    const second = await createSession({ tenantId: acme.id, kind: 'client', contactId: ctx.contact.id, sessionVersion: ctx.contact.sessionVersion });
    const mine = await listOwnSessions(ctx);
    expect(mine.filter((s) => s.current)).toHaveLength(1);
    const franco = await contact(acme.id, 'franco@coolair.com');
    const someoneElse = await createSession({ tenantId: acme.id, kind: 'client', contactId: franco.id, sessionVersion: franco.sessionVersion });
    await expect(endOwnSession(ctx, hashToken(someoneElse))).rejects.toThrow('That session was not found.');
    expect(await validateContactSession(someoneElse, acme.id, 'client')).not.toBeNull();
    await endOwnSession(ctx, hashToken(second));
    expect(await validateContactSession(second, acme.id, 'client')).toBeNull();
  });

  it('marks only the user’s own notifications read', async () => {
    const { ctx, acme, contact } = await signedIn('info@abmapartments.com');
    const franco = await contact(acme.id, 'franco@coolair.com');
    const before = await unreadCount(acme.id, franco.id);
    await markNotificationsRead(ctx);
    expect(await unreadCount(acme.id, ctx.contact.id)).toBe(0);
    expect(await unreadCount(acme.id, franco.id)).toBe(before);
  });
});

describe('a portal user’s work runs in one transaction with its audit row', () => {
  it('work that fails part-way changes nothing, e-mails nobody and leaves no audit row', async () => {
    const { ctx, acme, db } = await signedIn('info@abmapartments.com');
    const other = await createSession({ tenantId: acme.id, kind: 'client', contactId: ctx.contact.id, sessionVersion: ctx.contact.sessionVersion });
    const state = async () => ({
      passwordHash: (await db.select().from(contacts).where(eq(contacts.id, ctx.contact.id)))[0].passwordHash,
      notices: (await db.select().from(notifications).where(eq(notifications.contactId, ctx.contact.id))).length,
      mails: (await db.select().from(emailOutbox).where(eq(emailOutbox.to, ctx.contact.email))).length,
      audited: (await db.select().from(auditLog).where(and(eq(auditLog.actorId, ctx.contact.id), eq(auditLog.action, 'client.change_password')))).length,
    });
    const before = await state();
    const failing = runClient(ctx, { permission: 'own_account', audit: 'client.change_password' }, async (w) => {
      await account.changePassword(w, 'old-passphrase-1', 'brand-new-passphrase');
      throw new Error('connection lost');
    });
    await expect(failing).rejects.toThrow('connection lost');
    expect(await state()).toEqual(before);
    expect(await validateContactSession(other, acme.id, 'client')).not.toBeNull();

    // The same work, finishing: the change, its notice and e-mail, and exactly one audit row.
    await changePassword(ctx, 'old-passphrase-1', 'brand-new-passphrase');
    const after = await state();
    expect(after.passwordHash).not.toBe(before.passwordHash);
    expect(after).toMatchObject({ notices: before.notices + 1, mails: before.mails + 1, audited: before.audited + 1 });
    expect(await validateContactSession(other, acme.id, 'client')).toBeNull();
  });

  it('a refusal inside the work (a taken logon name) writes no audit row either', async () => {
    const { ctx, db } = await signedIn('sales@loop.org');
    const audited = async () => (await db.select().from(auditLog).where(and(eq(auditLog.actorId, ctx.contact.id), eq(auditLog.action, 'client.change_logon_name')))).length;
    const before = await audited();
    await expect(changeLogonName(ctx, 'franco@coolair.com')).rejects.toMatchObject({ fieldErrors: { logonName: ['This logon name is already taken.'] } });
    expect(await audited()).toBe(before);
  });
});

describe('two-factor authentication', () => {
  it('offers a sealed key without storing it, confirms with a code, and accepts each recovery code once', async () => {
    const { ctx, acme, contact } = await signedIn('nataliya@coolair.com');
    const { secret, sealed } = await setupKey(acme, ctx.contact);
    // Looking at the set-up page writes nothing.
    expect((await contact(acme.id, 'nataliya@coolair.com')).totpSecret).toBeNull();
    expect(sealed).not.toContain(secret);
    expect(open(sealed, 'totp')).toBe(secret);
    expect(await confirmSetup(ctx, sealed, '000000')).toBeNull();
    expect(await confirmSetup(ctx, 'not.a.key', await generate({ secret }))).toBeNull();
    expect((await contact(acme.id, 'nataliya@coolair.com')).totpConfiguredAt).toBeNull();

    const codes = await confirmSetup(ctx, sealed, await generate({ secret }));
    expect(codes).toHaveLength(10);
    const configured = await contact(acme.id, 'nataliya@coolair.com');
    expect(configured.totpConfiguredAt).toBeInstanceOf(Date);
    expect(configured.recoveryCodeHashes).not.toContain(codes![0]);

    expect(await verifySecondFactor(acme.id, configured, await generate({ secret }))).toBe(true);
    expect(await verifySecondFactor(acme.id, configured, '12345')).toBe(false);
    expect(await verifySecondFactor(acme.id, configured, codes![0].toUpperCase())).toBe(true);
    const after = await contact(acme.id, 'nataliya@coolair.com');
    expect(await verifySecondFactor(acme.id, after, codes![0])).toBe(false);
    expect(after.recoveryCodeHashes).toHaveLength(9);
  });
});
