/**
 * Documentation on file, staff side (issue 11): secrets sealed at rest per tenant and opened only by an audited
 * Reveal, key rotation, create/edit/delete with audit rows, view-only staff and other tenants refused, field
 * errors, and the weekly digest of expiring warranties and licenses through the outbox.
 */
import { randomBytes } from 'node:crypto';
import { and, arrayContains, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, documentationDigests, documentationRecords, emailOutbox, users, type User } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const request = vi.hoisted(() => ({ staff: null as null | { tenant: unknown; user: unknown; sessionToken: string }, forwardedFor: '203.0.113.9' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ host: 'acme.admin.localhost:3000', 'x-forwarded-for': request.forwardedFor }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => request.staff }));

const { ActionError } = await import('@/lib/errors');
const crypto = await import('@/lib/documentation/crypto');
const admin = await import('@/lib/documentation/admin');
const { sendDocumentationDigests, isoWeekOf } = await import('@/lib/documentation/digest');
const { documentationRecordSchema } = await import('@/lib/documentation/schemas');
const { resetEnvForTests } = await import('@/lib/env');
const actions = await import('@/app/s/[tenant]/admin/(shell)/companies/[companyId]/documentation/actions');

const create = staffOp(admin.createDocumentationRecord, 'documentation.edit', 'documentation.create');
const update = staffOp(admin.updateDocumentationRecord, 'documentation.edit', 'documentation.update');
const remove = staffOp(admin.deleteDocumentationRecord, 'documentation.edit', 'documentation.delete');
const setShared = staffOp(admin.setDocumentationShared, 'documentation.edit', 'documentation.set_show_on_portal');
const reveal = staffOp(admin.revealDocumentationSecret, 'documentation.reveal', 'documentation.reveal');

let made = 0;
async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const globexOwner: StaffContext = { tenant: d.globex, user: await d.staff(d.globex.id, 'owner@globex.test') };
  const coolAir = (await d.contact(d.acme.id, 'nataliya@coolair.com')).companyId!;
  const credential = (extra: Record<string, string> = {}) =>
    documentationRecordSchema.parse({ kind: 'credential', companyId: coolAir, name: `Switch ${++made}`, system: '10.0.0.2', username: 'admin', ...extra });
  const raw = async (id: string) => (await d.db.select().from(documentationRecords).where(eq(documentationRecords.id, id)))[0];
  const auditOf = (targetId: string) => d.db.select().from(auditLog).where(and(eq(auditLog.tenantId, d.acme.id), eq(auditLog.targetId, targetId)));
  const signIn = (ctx: StaffContext) => {
    request.staff = { ...ctx, sessionToken: 'test' };
  };
  return { ...d, owner, helpdesk, globexOwner, coolAir, credential, raw, auditOf, signIn };
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

const withPermissions = (ctx: StaffContext, permissions: User['permissions']): StaffContext => ({ ...ctx, user: { ...ctx.user, permissions } });

describe('secrets at rest', () => {
  it('stores ciphertext, never the password; only its tenant opens it, and a changed byte fails', async () => {
    const s = await setup();
    const plain = `Pa55-${randomBytes(6).toString('hex')}`;
    const { id } = await create(s.owner, s.credential({ password: plain }));
    const stored = (await s.raw(id)).secret!;
    expect(stored).toMatch(/^v1\./);
    expect(stored).not.toContain(plain);
    expect(stored).not.toContain(Buffer.from(plain).toString('base64url'));
    expect(await crypto.openSecret(s.acme.id, stored)).toBe(plain);

    await expect(crypto.openSecret(s.globex.id, stored)).rejects.toThrow();
    const [v, iv, tag, data] = stored.split('.');
    const flipped = `${data[0] === 'A' ? 'B' : 'A'}${data.slice(1)}`;
    await expect(crypto.openSecret(s.acme.id, [v, iv, tag, flipped].join('.'))).rejects.toThrow();
    await expect(crypto.openSecret(s.acme.id, [v, iv, `${tag.slice(0, -2)}AA`, data].join('.'))).rejects.toThrow();
  });

  it('rotates the master key: data keys re-wrapped with the new key, secrets open with it alone', async () => {
    const s = await setup();
    const saved = { key: process.env.DOCUMENTATION_KEY, previous: process.env.DOCUMENTATION_KEY_PREVIOUS };
    const DEV = 'client-portal-development-documentation-key-not-for-production';
    const A = randomBytes(32).toString('base64');
    const B = randomBytes(32).toString('hex');
    const keys = (key: string | undefined, previous?: string) => {
      for (const [name, value] of [
        ['DOCUMENTATION_KEY', key],
        ['DOCUMENTATION_KEY_PREVIOUS', previous],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      resetEnvForTests();
      crypto.forgetDataKeys();
    };
    try {
      keys(A, DEV);
      await crypto.rotateMasterKey();
      keys(A);
      const plain = 'Rotate-me-1!';
      const { id } = await create(s.owner, s.credential({ password: plain }));
      const sealed = (await s.raw(id)).secret!;

      keys(B, A);
      const rotated = await crypto.rotateMasterKey();
      expect(rotated.rewrapped).toBeGreaterThanOrEqual(2);
      expect(rotated.current).toBe(0);
      expect((await crypto.rotateMasterKey()).rewrapped).toBe(0);

      keys(B);
      expect((await s.raw(id)).secret).toBe(sealed);
      expect(await crypto.openSecret(s.acme.id, sealed)).toBe(plain);
      expect(await reveal(s.owner, id, null)).toBe(plain);

      keys(A);
      await expect(crypto.openSecret(s.acme.id, sealed)).rejects.toThrow('not configured');
    } finally {
      keys(undefined, B);
      await crypto.rotateMasterKey();
      keys(saved.key, saved.previous);
    }
  });
});

describe('staff documentation', () => {
  it('adds, edits (an empty password keeps the stored one), clears, shares and deletes, each audited without the secret', async () => {
    const s = await setup();
    const first = 'First-Secret-9';
    const second = 'Second-Secret-7';
    const input = s.credential({ password: first });
    const { id } = await create(s.owner, input);
    const sealedFirst = (await s.raw(id)).secret!;

    await update(s.owner, { ...input, recordId: id, name: `${input.name} (renamed)`, password: '' } as typeof input);
    expect((await s.raw(id)).secret).toBe(sealedFirst);
    expect((await s.raw(id)).name).toBe(`${input.name} (renamed)`);

    await update(s.owner, { ...input, recordId: id, password: second } as typeof input);
    expect(await crypto.openSecret(s.acme.id, (await s.raw(id)).secret!)).toBe(second);

    await setShared(s.owner, id, true);
    expect((await s.raw(id)).showOnPortal).toBe(true);

    await update(s.owner, { ...input, recordId: id, password: '', clearPassword: true } as typeof input);
    expect((await s.raw(id)).secret).toBeNull();
    expect((await admin.listDocumentation({ tenantId: s.acme.id, companyId: s.coolAir })).find((r) => r.id === id)?.hasSecret).toBe(false);

    await remove(s.owner, id);
    expect(await s.raw(id)).toBeUndefined();

    const rows = await s.auditOf(id);
    expect(rows.map((r) => r.action).sort()).toEqual(
      ['documentation.create', 'documentation.delete', 'documentation.set_show_on_portal', 'documentation.update', 'documentation.update', 'documentation.update'].sort(),
    );
    expect(rows.every((r) => r.actorType === 'staff' && r.actorId === s.owner.user.id && r.targetType === 'documentation_record')).toBe(true);
    expect(rows.map((r) => (r.details as { secret?: string }).secret).filter(Boolean)).toEqual(expect.arrayContaining(['set', 'kept', 'changed', 'cleared']));
    const text = JSON.stringify(rows);
    for (const secret of [first, second, sealedFirst]) expect(text).not.toContain(secret);
  });

  it('keeps warranty and license fields, and lists expiring ones for the company page', async () => {
    const s = await setup();
    const today = new Date().toISOString().slice(0, 10);
    const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
    const warranty = await create(
      s.owner,
      documentationRecordSchema.parse({ kind: 'warranty', companyId: s.coolAir, name: 'Chiller C-1', serialNumber: 'C1-9', vendor: 'Trane', startsOn: today, endsOn: inDays(10) }),
    );
    const license = await create(
      s.owner,
      documentationRecordSchema.parse({ kind: 'license', companyId: s.coolAir, name: 'Backup Pro', licenseKey: 'BK-1234', seats: '5', assignedTo: 'IT', endsOn: inDays(400) }),
    );
    const listed = await admin.listDocumentation({ tenantId: s.acme.id, companyId: s.coolAir });
    expect(listed.find((r) => r.id === warranty.id)).toMatchObject({ kind: 'warranty', serialNumber: 'C1-9', vendor: 'Trane', endsOn: inDays(10), hasSecret: false });
    expect(listed.find((r) => r.id === license.id)).toMatchObject({ kind: 'license', seats: 5, assignedTo: 'IT', hasSecret: true });
    const expiring = (await admin.expiringDocumentation({ tenantId: s.acme.id, companyId: s.coolAir })).map((r) => r.name);
    expect(expiring).toContain('Chiller C-1');
    expect(expiring).toContain('Rooftop unit RTU-2');
    expect(expiring).not.toContain('Backup Pro');
    expect(expiring).not.toContain('Microsoft 365 Business Standard');
    expect(await admin.expiringDocumentation({ tenantId: s.globex.id, companyId: s.coolAir })).toEqual([]);
  });

  it('lists never carry a secret, sealed or plain', async () => {
    const s = await setup();
    const listed = await admin.listDocumentation({ tenantId: s.acme.id, companyId: s.coolAir });
    const text = JSON.stringify(listed);
    expect(listed.length).toBeGreaterThanOrEqual(4);
    expect(listed.every((r) => !('secret' in r))).toBe(true);
    for (const secret of ['Thermo-Sh4red-2026!', 'R0uter-Kept-Private!', 'M365-7KQ2P-XW9TD-44JHR', 'v1.']) expect(text).not.toContain(secret);
    const secretOf = (name: string) => listed.find((r) => r.name === name)?.hasSecret;
    expect([secretOf('Building management system'), secretOf('Office router'), secretOf('Microsoft 365 Business Standard'), secretOf('Rooftop unit RTU-2')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });

  it('refuses view-only staff every change, and nothing changes', async () => {
    const s = await setup();
    const { id } = await create(s.owner, s.credential({ password: 'Keep-Me-3' }));
    const before = await s.raw(id);
    const audits = (await s.auditOf(id)).length;
    await expect(create(s.helpdesk, s.credential())).rejects.toBeInstanceOf(ActionError);
    await expect(update(s.helpdesk, { ...s.credential(), recordId: id })).rejects.toThrow('You do not have permission');
    await expect(remove(s.helpdesk, id)).rejects.toThrow('You do not have permission');
    await expect(reveal(s.helpdesk, id, null)).rejects.toThrow('You do not have permission');

    s.signIn(s.helpdesk);
    const name = `Never ${made}`;
    expect(await actions.createDocumentationAction({}, form({ kind: 'credential', companyId: s.coolAir, name }))).toMatchObject({ error: expect.stringContaining('permission') });
    expect(await actions.deleteDocumentationAction({}, form({ recordId: id }))).toMatchObject({ error: expect.stringContaining('permission') });
    expect(await actions.revealDocumentationAction({}, form({ recordId: id }))).toEqual({ error: expect.stringContaining('permission') });
    // "reveal passwords" without "view documentation" reveals nothing either.
    s.signIn(withPermissions(s.helpdesk, ['documentation.reveal']));
    const refused = await actions.revealDocumentationAction({}, form({ recordId: id }));
    expect(refused.secret).toBeUndefined();
    expect(refused.error).toContain('view documentation');

    expect(await s.raw(id)).toEqual(before);
    expect(await s.auditOf(id)).toHaveLength(audits);
    expect((await s.db.select().from(documentationRecords).where(eq(documentationRecords.name, name))).length).toBe(0);
  });

  it('treats another tenant’s record or company as not found', async () => {
    const s = await setup();
    const { id } = await create(s.owner, s.credential({ password: 'Not-For-Globex' }));
    const before = await s.raw(id);
    const globexOwner = withPermissions(s.globexOwner, ['documentation.view', 'documentation.edit', 'documentation.reveal']);
    await expect(update(globexOwner, { ...s.credential(), recordId: id })).rejects.toThrow('That record was not found.');
    await expect(remove(globexOwner, id)).rejects.toThrow('That record was not found.');
    await expect(setShared(globexOwner, id, true)).rejects.toThrow('That record was not found.');
    await expect(reveal(globexOwner, id, null)).rejects.toThrow('That record was not found.');
    await expect(create(globexOwner, s.credential())).rejects.toThrow('That company was not found.');
    expect(await admin.getDocumentationRecord({ tenantId: s.globex.id, recordId: id })).toBeNull();
    expect(await s.raw(id)).toEqual(before);
    expect((await s.auditOf(id)).filter((r) => r.tenantId !== s.acme.id)).toEqual([]);
  });

  it('answers bad input with field errors and changes nothing', async () => {
    const s = await setup();
    s.signIn(s.owner);
    const count = async () => (await s.db.select().from(documentationRecords).where(eq(documentationRecords.tenantId, s.acme.id))).length;
    const before = await count();
    const warranty = await actions.createDocumentationAction(
      {},
      form({ kind: 'warranty', companyId: s.coolAir, name: '', startsOn: '2026-05-01', endsOn: '2026-04-01', minimumLevel: 'admin' }),
    );
    expect(warranty.fieldErrors).toMatchObject({ name: ['Enter the asset.'], minimumLevel: ['Choose Basic, Advanced or Manager.'] });
    const dates = await actions.createDocumentationAction({}, form({ kind: 'warranty', companyId: s.coolAir, name: 'Fan', startsOn: '2026-05-01', endsOn: '2026-04-01' }));
    expect(dates.fieldErrors).toEqual({ endsOn: ['The end date cannot be before the start date.'] });
    for (const seats of ['-1', '2.5', 'many']) {
      const license = await actions.createDocumentationAction({}, form({ kind: 'license', companyId: s.coolAir, name: 'Seats', seats }));
      expect(license.fieldErrors).toEqual({ seats: ['Enter the seats as a whole number, 0 or more.'] });
    }
    const both = await actions.createDocumentationAction({}, form({ kind: 'credential', companyId: s.coolAir, name: 'Both', password: 'x', clearPassword: 'on' }));
    expect(both.fieldErrors?.password).toBeDefined();
    const kind = await actions.createDocumentationAction({}, form({ kind: 'diary', companyId: s.coolAir, name: 'x' }));
    expect(kind.fieldErrors?.kind).toBeDefined();
    expect(await count()).toBe(before);
  });
});

describe('Reveal', () => {
  let logged: string[] = [];
  beforeEach(() => {
    logged = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      });
    }
  });
  afterEach(() => vi.restoreAllMocks());

  it('answers the password or license key once, audited with who, which record and the address, never the secret', async () => {
    const s = await setup();
    s.signIn(s.owner);
    const records = await admin.listDocumentation({ tenantId: s.acme.id, companyId: s.coolAir });
    const bms = records.find((r) => r.name === 'Building management system')!;
    const m365 = records.find((r) => r.name === 'Microsoft 365 Business Standard')!;
    request.forwardedFor = '198.51.100.7, 203.0.113.9';

    expect(await actions.revealDocumentationAction({}, form({ recordId: bms.id }))).toEqual({ success: 'Revealed.', secret: 'Thermo-Sh4red-2026!' });
    expect(await actions.revealDocumentationAction({}, form({ recordId: m365.id }))).toEqual({ success: 'Revealed.', secret: 'M365-7KQ2P-XW9TD-44JHR' });

    const rows = [...(await s.auditOf(bms.id)), ...(await s.auditOf(m365.id))].filter((r) => r.action === 'documentation.reveal');
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ actorType: 'staff', actorId: s.owner.user.id, targetType: 'documentation_record', ip: '203.0.113.9' });
      expect(row.createdAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(rows.map((r) => r.targetId).sort()).toEqual([bms.id, m365.id].sort());
    const everything = JSON.stringify(await s.db.select().from(auditLog).where(eq(auditLog.tenantId, s.acme.id)));
    for (const secret of ['Thermo-Sh4red-2026!', 'M365-7KQ2P-XW9TD-44JHR']) {
      expect(everything).not.toContain(secret);
      expect(logged.join('\n')).not.toContain(secret);
    }
  });

  it('a record without a secret, or of another tenant, reveals nothing and leaves no reveal row', async () => {
    const s = await setup();
    s.signIn(s.owner);
    const rooftop = (await admin.listDocumentation({ tenantId: s.acme.id, companyId: s.coolAir, kind: 'warranty' }))[0];
    expect(await actions.revealDocumentationAction({}, form({ recordId: rooftop.id }))).toEqual({ error: expect.stringContaining('no password') });
    expect(await actions.revealDocumentationAction({}, form({ recordId: 'not-an-id' }))).toMatchObject({ fieldErrors: { recordId: ['That record was not found.'] } });

    s.signIn(withPermissions(s.globexOwner, ['documentation.view', 'documentation.reveal']));
    const bms = (await admin.listDocumentation({ tenantId: s.acme.id, companyId: s.coolAir, kind: 'credential' }))[0];
    expect(await actions.revealDocumentationAction({}, form({ recordId: bms.id }))).toEqual({ error: 'That record was not found.' });
    const reveals = await s.db.select().from(auditLog).where(and(eq(auditLog.action, 'documentation.reveal'), eq(auditLog.targetId, rooftop.id)));
    expect(reveals).toEqual([]);
    expect((await s.db.select().from(auditLog).where(and(eq(auditLog.tenantId, s.globex.id), eq(auditLog.action, 'documentation.reveal')))).length).toBe(0);
    expect(logged.join('\n')).not.toContain('Thermo-Sh4red-2026!');
  });
});

describe('weekly digest', () => {
  it('e-mails each staff member who may view documentation once per week, listing what expires', async () => {
    const s = await setup();
    const now = new Date();
    const digests = () => s.db.select().from(emailOutbox).where(and(eq(emailOutbox.tenantId, s.acme.id), eq(emailOutbox.template, 'documentation-digest')));
    const readers = await s.db
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.tenantId, s.acme.id), eq(users.active, true), arrayContains(users.permissions, ['documentation.view'])));
    expect(readers.map((r) => r.email)).toContain('owner@acme.test');

    const first = await sendDocumentationDigests(now);
    expect(first.find((t) => t.tenant === 'acme')).toMatchObject({ sent: readers.length, weekOf: isoWeekOf(now) });
    const mails = await digests();
    expect(mails.map((m) => m.to).sort()).toEqual(readers.map((r) => r.email).sort());
    expect(mails.map((m) => m.to)).not.toContain('helpdesk@acme.test');
    const owners = mails.find((m) => m.to === 'owner@acme.test')!;
    expect(owners.text).toContain('Rooftop unit RTU-2');
    expect(owners.text).toMatch(/expires in \d+ days/);
    expect(owners.html).toContain('/admin/companies/');
    expect(owners.text).not.toContain('Microsoft 365 Business Standard');
    expect(owners.text).not.toContain('M365-7KQ2P');

    expect((await sendDocumentationDigests(new Date(now.getTime() + 60_000))).find((t) => t.tenant === 'acme')).toMatchObject({ sent: 0, skipped: 'already_sent' });
    expect(await digests()).toHaveLength(mails.length);
    const [system] = await s.db.select().from(auditLog).where(and(eq(auditLog.tenantId, s.acme.id), eq(auditLog.action, 'documentation.digest')));
    expect(system).toMatchObject({ actorType: 'system', details: { weekOf: isoWeekOf(now), recipients: readers.length } });
    expect((await s.db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, s.globex.id))).filter((m) => m.template === 'documentation-digest')).toEqual([]);

    await sendDocumentationDigests(new Date(now.getTime() + 7 * 86_400_000));
    expect(await digests()).toHaveLength(mails.length * 2);
    expect(await s.db.select().from(documentationDigests).where(eq(documentationDigests.tenantId, s.acme.id))).toHaveLength(2);
  });

  it('counts ISO weeks from Monday', () => {
    expect(isoWeekOf(new Date('2026-11-25T10:00:00Z'))).toBe('2026-11-23');
    expect(isoWeekOf(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
    expect(isoWeekOf(new Date('2026-11-29T23:59:59Z'))).toBe('2026-11-23');
    expect(isoWeekOf(new Date('2027-01-01T12:00:00Z'))).toBe('2026-12-28');
  });
});
