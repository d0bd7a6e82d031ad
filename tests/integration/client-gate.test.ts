/**
 * The gate every portal request passes (getClient → clientAction): a session alone is not enough when the
 * portal is switched off or two-factor set-up is still owed. Next's request APIs are stood in for by a
 * cookie jar and a Host header.
 */
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { auditLog, companies, contacts, tenants } from '@/lib/db/schema';
import { forgetTenant } from '@/lib/tenancy/tenant';
import { demo } from '../support/demo';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), host: 'acme.localhost:3000' }));

vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
  headers: async () => new Headers({ host: request.host }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
// Staff sign-in (Auth.js) plays no part here.
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => null }));

const { clientAction, TWO_FACTOR_FIRST } = await import('@/lib/actions');
const { LEVEL_REFUSED } = await import('@/lib/pipeline');
const { CLIENT_COOKIE } = await import('@/lib/auth/client');
const { createSession } = await import('@/lib/auth/sessions');

const ran: string[] = [];
const everyday = clientAction({ schema: z.object({}), permission: 'own_account', audit: 'test.everyday' }, async (_data, w) => {
  ran.push(w.contact.email);
  return { success: 'done' };
});
const twoFactorSetUp = clientAction({ schema: z.object({}), permission: 'own_account', audit: 'test.set_up', beforeTwoFactor: true }, async () => ({ success: 'set up' }));
const setPriority = clientAction({ schema: z.object({}), permission: 'tickets.set_priority', audit: 'test.set_priority' }, async (_data, w) => {
  ran.push(w.contact.email);
  return { success: 'set' };
});

const writesThenRefuses = clientAction({ schema: z.object({}), permission: 'own_account', audit: 'test.refused' }, async (_data, w) => {
  await w.tx.update(contacts).set({ firstName: 'Changed' }).where(eq(contacts.id, w.contact.id));
  return { error: 'Not like this.' };
});

async function signedIn(email: string) {
  const d = await demo();
  const contact = await d.contact(d.acme.id, email);
  request.cookies.set(CLIENT_COOKIE, await createSession({ tenantId: d.acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion }));
  return { ...d, contact };
}

beforeEach(() => {
  ran.length = 0;
  request.cookies.clear();
});

describe('the client gate', () => {
  it('lets a signed-in portal user act', async () => {
    await signedIn('franco@coolair.com');
    expect(await everyday({}, new FormData())).toEqual({ success: 'done' });
    expect(ran).toEqual(['franco@coolair.com']);
  });

  it('runs work declared for a level permission only for levels that have it', async () => {
    await signedIn('franco@coolair.com');
    expect(await setPriority({}, new FormData())).toEqual({ error: LEVEL_REFUSED });
    expect(ran).toEqual([]);
    await signedIn('nataliya@coolair.com');
    expect(await setPriority({}, new FormData())).toEqual({ success: 'set' });
    expect(ran).toEqual(['nataliya@coolair.com']);
  });

  it('refuses everything but the set-up while two-factor authentication is required and not set up', async () => {
    const { db, contact } = await signedIn('franco@coolair.com');
    await db.update(companies).set({ twoFactorRequired: true }).where(eq(companies.id, contact.companyId));
    try {
      expect(await everyday({}, new FormData())).toEqual({ error: TWO_FACTOR_FIRST });
      expect(ran).toEqual([]);
      expect(await twoFactorSetUp({}, new FormData())).toEqual({ success: 'set up' });
    } finally {
      await db.update(companies).set({ twoFactorRequired: false }).where(eq(companies.id, contact.companyId));
    }
  });

  it('rolls back work that answers with an error: nothing it wrote stays, and nothing is audited', async () => {
    const { db, contact } = await signedIn('franco@coolair.com');
    expect(await writesThenRefuses({}, new FormData())).toEqual({ error: 'Not like this.' });
    expect((await db.select().from(contacts).where(eq(contacts.id, contact.id)))[0].firstName).toBe(contact.firstName);
    expect(await db.select().from(auditLog).where(eq(auditLog.action, 'test.refused'))).toEqual([]);
  });

  it('treats a session as signed out while the portal is not activated', async () => {
    const { db, acme } = await signedIn('franco@coolair.com');
    // Changed behind the app's back, so its cached row is forgotten by hand (the app forgets it on its own changes).
    const changeTenant = async (portalActivated: boolean) => {
      await db.update(tenants).set({ portalActivated }).where(eq(tenants.id, acme.id));
      forgetTenant(acme.slug);
    };
    await changeTenant(false);
    try {
      expect(await everyday({}, new FormData())).toEqual({ error: 'Your session has ended. Please sign in again.' });
      expect(ran).toEqual([]);
    } finally {
      await changeTenant(true);
    }
  });
});
