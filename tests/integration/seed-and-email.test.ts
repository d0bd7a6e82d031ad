import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { tenantSignInLink } from '@/lib/auth/staff-accounts';
import { companies, contacts, emailOutbox, outOfOffice, securityLevels, ticketQueues, users, vendors } from '@/lib/db/schema';
import { migrate } from '@/lib/db/migrate';
import { getDriver } from '@/lib/db/client';
import { seed } from '@/lib/db/seed';
import { getOutboxPage } from '@/lib/email/queries';
import { OUTBOX_LIST_DEFAULTS } from '@/lib/email/schemas';
import { linksIn } from '@/lib/email/links';
import { sendEmail } from '@/lib/email/send';
import { StaffSignInEmail } from '@/lib/email/templates/staff-sign-in';
import { demo } from '../support/demo';

describe('migrations and demo seed', () => {
  it('use the embedded database by default and node-postgres for a postgres:// URL', async () => {
    expect(await getDriver()).toBe(process.env.TEST_DATABASE_URL ? 'pg' : 'pglite');
  });

  it('run again without changing anything', async () => {
    const { db } = await demo();
    const counts = async () =>
      Promise.all(
        [companies, contacts, users, securityLevels, ticketQueues, vendors, outOfOffice].map(async (t) => (await db.select({ n: count() }).from(t))[0].n),
      );
    const before = await counts();
    await migrate();
    await seed();
    expect(await counts()).toEqual(before);
    // three built-in levels and acme's Approver and Technician; Cool Air's two queues, a vendor and Franco away
    expect(before).toEqual([5, 6, 4, 5, 2, 1, 1]);
  });

  it('gives Cool Air its primary contact and the seeded users their levels', async () => {
    const { db, acme, contact } = await demo();
    const nataliya = await contact(acme.id, 'nataliya@coolair.com');
    const [coolAir] = await db.select().from(companies).where(eq(companies.id, nataliya.companyId));
    expect(coolAir.primaryContactId).toBe(nataliya.id);
    const [level] = await db.select().from(securityLevels).where(eq(securityLevels.id, nataliya.securityLevelId!));
    expect(level.name).toBe('Manager');
  });
});

describe('e-mail', () => {
  it('goes to the outbox without an e-mail service, recorded per tenant with its links', async () => {
    const { acme, globex } = await demo();
    const url = 'http://acme.localhost:3000/api/auth/callback/email?token=abc&email=a%40b.c';
    const row = (await sendEmail({
      tenantId: acme.id,
      to: 'a@b.c',
      subject: 'Sign in to Acme Services',
      template: 'staff-sign-in',
      body: StaffSignInEmail({ tenantName: 'Acme Services', url, minutes: 15 }),
    }))!;
    expect(row.status).toBe('outbox');
    expect(row.text).toContain('expires in 15 minutes');
    expect(linksIn(row.html)).toEqual([url]);
    expect((await getOutboxPage({ tenantId: acme.id, params: OUTBOX_LIST_DEFAULTS })).rows.map((m) => m.id)).toContain(row.id);
    expect((await getOutboxPage({ tenantId: globex.id, params: OUTBOX_LIST_DEFAULTS })).rows.map((m) => m.id)).not.toContain(row.id);
  });

  it('records a failed attempt when the provider refuses, and keeps the message for a retry', async () => {
    const { db, acme } = await demo();
    process.env.RESEND_API_KEY = 're_invalid_key_for_test';
    const { resetEnvForTests } = await import('@/lib/env');
    resetEnvForTests();
    try {
      const row = (await sendEmail({
        tenantId: acme.id,
        to: 'a@b.c',
        subject: 'x',
        template: 'staff-sign-in',
        body: StaffSignInEmail({ tenantName: 'Acme', url: 'http://x', minutes: 1 }),
      }))!;
      expect(row).toMatchObject({ status: 'queued', attempts: 1 });
      expect(row.error).toBeTruthy();
      expect((await db.select().from(emailOutbox).where(eq(emailOutbox.id, row.id)))[0]).toMatchObject({ status: 'queued', attempts: 1 });
    } finally {
      process.env.RESEND_API_KEY = '';
      resetEnvForTests();
    }
  });

  it('builds sign-in links from the staff origin of the tenant, not from the host the request came to', () => {
    const link = tenantSignInLink('http://evil.example:9999/api/auth/callback/email?token=t&callbackUrl=http%3A%2F%2Fevil.example%3A9999%2Fadmin', 'acme');
    const url = new URL(link);
    expect(url.origin).toBe('http://acme.admin.localhost:3000');
    expect(url.searchParams.get('callbackUrl')).toBe('http://acme.admin.localhost:3000/admin');
    expect(url.searchParams.get('token')).toBe('t');
  });
});
