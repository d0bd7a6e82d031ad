import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { findStaffByEmail } from '@/lib/auth/staff-accounts';
import { checkClientCredentials } from '@/lib/auth/client';
import { contacts, tenants } from '@/lib/db/schema';
import { DEMO_PASSWORD } from '@/lib/db/seed';
import { demo } from '../support/demo';

describe('client credentials', () => {
  it('accept the logon name in any case, or the e-mail', async () => {
    const { acme, contact } = await demo();
    const franco = await contact(acme.id, 'franco@coolair.com');
    expect(await checkClientCredentials(acme, 'FRANCO@coolair.com', DEMO_PASSWORD)).toEqual({ ok: true, contactId: franco.id, twoFactor: false });
  });

  it('prefer a logon name over an e-mail when older data has one user’s logon name as another’s e-mail', async () => {
    const { acme, contact, db } = await demo();
    const sasha = await contact(acme.id, 'sales@loop.org');
    await db.update(contacts).set({ logonName: 'Andrew@awc.co' }).where(eq(contacts.id, sasha.id));
    try {
      expect(await checkClientCredentials(acme, 'andrew@awc.co', DEMO_PASSWORD)).toMatchObject({ ok: true, contactId: sasha.id });
    } finally {
      await db.update(contacts).set({ logonName: sasha.logonName }).where(eq(contacts.id, sasha.id));
    }
  });

  it('refuse a wrong password, an unknown user, and a user of another tenant alike', async () => {
    const { acme, globex } = await demo();
    expect(await checkClientCredentials(acme, 'franco@coolair.com', 'wrong-password')).toEqual({ ok: false });
    expect(await checkClientCredentials(acme, 'nobody@coolair.com', DEMO_PASSWORD)).toEqual({ ok: false });
    expect(await checkClientCredentials(acme, 'bill@initech.test', DEMO_PASSWORD)).toEqual({ ok: false });
    expect((await checkClientCredentials(globex, 'bill@initech.test', DEMO_PASSWORD)).ok).toBe(true);
  });

  it('refuse contacts without portal access, and everyone while the portal is not activated', async () => {
    const { db, acme, contact } = await demo();
    const andrew = await contact(acme.id, 'andrew@awc.co');
    expect(andrew.portalAccess).toBe(false);
    expect(await checkClientCredentials(acme, 'andrew@awc.co', DEMO_PASSWORD)).toEqual({ ok: false });

    await db.update(tenants).set({ portalActivated: false }).where(eq(tenants.id, acme.id));
    const [off] = await db.select().from(tenants).where(eq(tenants.id, acme.id));
    expect(await checkClientCredentials(off, 'nataliya@coolair.com', DEMO_PASSWORD)).toEqual({ ok: false });
    await db.update(tenants).set({ portalActivated: true }).where(eq(tenants.id, acme.id));
  });

  it('have logon names unique per tenant ignoring case, but reusable in another tenant', async () => {
    const { db, acme, globex, contact } = await demo();
    const franco = await contact(acme.id, 'franco@coolair.com');
    const base = { companyId: franco.companyId, firstName: 'Dup', email: 'dup@coolair.com', logonName: 'NATALIYA@COOLAIR.COM' };
    await expect(db.insert(contacts).values({ ...base, tenantId: acme.id })).rejects.toThrow();
    const bill = await contact(globex.id, 'bill@initech.test');
    await db.insert(contacts).values({ ...base, tenantId: globex.id, companyId: bill.companyId });
  });
});

describe('staff lookup', () => {
  it('is scoped to the tenant', async () => {
    const { acme, globex } = await demo();
    expect((await findStaffByEmail(acme.id, 'Owner@Acme.test'))?.email).toBe('owner@acme.test');
    expect(await findStaffByEmail(globex.id, 'owner@acme.test')).toBeNull();
  });
});
