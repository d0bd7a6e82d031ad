import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createSession, endContactSessions, endSession, validateContactSession, validateStaffSession } from '@/lib/auth/sessions';
import { hashToken } from '@/lib/auth/random';
import { companies, contacts, sessions, users } from '@/lib/db/schema';
import { demo } from '../support/demo';

async function clientSession(email = 'franco@coolair.com') {
  const d = await demo();
  const contact = await d.contact(d.acme.id, email);
  const token = await createSession({ tenantId: d.acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion });
  return { ...d, contact, token };
}

describe('client sessions', () => {
  it('are valid on their own tenant only, and only for their own kind', async () => {
    const { acme, globex, token, contact } = await clientSession();
    expect((await validateContactSession(token, acme.id, 'client'))?.contact.id).toBe(contact.id);
    expect(await validateContactSession(token, globex.id, 'client')).toBeNull();
    expect(await validateContactSession(token, acme.id, 'preview')).toBeNull();
    expect(await validateStaffSession(token, acme.id)).toBeNull();
  });

  it('get a new random id at every sign-in, stored only as a hash', async () => {
    const { db, acme, contact, token } = await clientSession();
    const second = await createSession({ tenantId: acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion });
    expect(second).not.toBe(token);
    expect(await db.select().from(sessions).where(eq(sessions.idHash, token))).toHaveLength(0);
    expect(await db.select().from(sessions).where(eq(sessions.idHash, hashToken(token)))).toHaveLength(1);
  });

  it('end when the contact’s session version is bumped', async () => {
    const { db, acme, contact, token } = await clientSession('info@abmapartments.com');
    await db.update(contacts).set({ sessionVersion: contact.sessionVersion + 1 }).where(eq(contacts.id, contact.id));
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();
  });

  it('end when portal access is deactivated or the company is disabled', async () => {
    const { db, acme, contact, token } = await clientSession('sales@loop.org');
    await db.update(companies).set({ portalEnabled: false }).where(eq(companies.id, contact.companyId));
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();
    await db.update(companies).set({ portalEnabled: true }).where(eq(companies.id, contact.companyId));
    expect(await validateContactSession(token, acme.id, 'client')).not.toBeNull();
    await db.update(contacts).set({ portalAccess: false }).where(eq(contacts.id, contact.id));
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();
  });

  it('end when the contact is deleted', async () => {
    const { db, acme, contact, token } = await clientSession('nataliya@coolair.com');
    await db.delete(contacts).where(eq(contacts.id, contact.id));
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.idHash, hashToken(token)))).toHaveLength(0);
  });

  it('end after the idle timeout and after the absolute timeout', async () => {
    const { db, acme, token } = await clientSession();
    const idleToken = hashToken(token);
    await db.update(sessions).set({ lastSeenAt: new Date(Date.now() - 8 * 3600_000 - 1000) }).where(eq(sessions.idHash, idleToken));
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();

    const fresh = await clientSession();
    await db.update(sessions).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(sessions.idHash, hashToken(fresh.token)));
    expect(await validateContactSession(fresh.token, acme.id, 'client')).toBeNull();
  });

  it('can all be ended at once, except the current one', async () => {
    const { acme, contact, token } = await clientSession();
    const other = await createSession({ tenantId: acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion });
    await endContactSessions(acme.id, contact.id, token);
    expect(await validateContactSession(token, acme.id, 'client')).not.toBeNull();
    expect(await validateContactSession(other, acme.id, 'client')).toBeNull();
    await endSession(token);
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();
  });
});

describe('staff sessions', () => {
  async function staffSession(email = 'owner@acme.test') {
    const d = await demo();
    const user = await d.staff(d.acme.id, email);
    const token = await createSession({ tenantId: d.acme.id, kind: 'staff', userId: user.id, sessionVersion: user.sessionVersion });
    return { ...d, user, token };
  }

  it('do not work on another tenant', async () => {
    const { acme, globex, token, user } = await staffSession();
    expect((await validateStaffSession(token, acme.id))?.user.id).toBe(user.id);
    expect(await validateStaffSession(token, globex.id)).toBeNull();
    expect(await validateContactSession(token, acme.id, 'client')).toBeNull();
  });

  it('end when the user is deactivated, signed out everywhere (version bump) or deleted', async () => {
    const { db, acme, token, user } = await staffSession('helpdesk@acme.test');
    await db.update(users).set({ active: false }).where(eq(users.id, user.id));
    expect(await validateStaffSession(token, acme.id)).toBeNull();
    await db.update(users).set({ active: true }).where(eq(users.id, user.id));
    expect(await validateStaffSession(token, acme.id)).not.toBeNull();
    await db.update(users).set({ sessionVersion: user.sessionVersion + 1 }).where(eq(users.id, user.id));
    expect(await validateStaffSession(token, acme.id)).toBeNull();
    const again = await staffSession('helpdesk@acme.test');
    await db.update(users).set({ sessionVersion: 0 }).where(eq(users.id, user.id));
    const current = await createSession({ tenantId: acme.id, kind: 'staff', userId: user.id, sessionVersion: 0 });
    await db.delete(users).where(eq(users.id, user.id));
    expect(await validateStaffSession(current, acme.id)).toBeNull();
    expect(await validateStaffSession(again.token, acme.id)).toBeNull();
  });
});
