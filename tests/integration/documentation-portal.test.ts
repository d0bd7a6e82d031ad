import { and, eq, isNull } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { auditLog, companies, contacts, documentationRecords, securityLevels, type LevelPermission } from '@/lib/db/schema';
import { sealSecret } from '@/lib/documentation/crypto';
import { listPortalDocumentation, revealPortalSecret } from '@/lib/documentation/portal';
import { likePattern } from '@/lib/paging';
import type { ClientContext } from '@/lib/errors';
import { LEVEL_REFUSED } from '@/lib/pipeline';
import { mayUseDashboard, selectedDashboards } from '@/lib/portal/dashboards';
import { clientContext, clientOp } from '../support/client-work';
import { demo } from '../support/demo';

/**
 * Documentation on file as the portal shows it (issue 11): only what `visibleDocumentation` allows — the viewer's
 * own company, shared on the portal, a minimum level the viewer's level reaches — and never a secret but
 * through Reveal, which needs "view passwords" and is audited with the caller's address.
 */
const reveal = clientOp(revealPortalSecret, 'documentation.passwords', 'documentation.client_reveal');

const BMS_PASSWORD = 'Thermo-Sh4red-2026!';
const LICENSE_KEY = 'M365-7KQ2P-XW9TD-44JHR';
const ROUTER_PASSWORD = 'R0uter-Kept-Private!';
const SHARED_FOR_BASIC = ['Microsoft 365 Business Standard', 'Rooftop unit RTU-2'];
const SHARED_FOR_MANAGER = ['Building management system', 'Microsoft 365 Business Standard', 'Rooftop unit RTU-2'];

type Listed = Awaited<ReturnType<typeof listPortalDocumentation>>;
const names = (listed: Listed) => [...listed.credential, ...listed.warranty, ...listed.license].map((r) => r.name).sort();
const listedNames = async (ctx: ClientContext, query?: string) => names(await listPortalDocumentation(ctx.viewer, query));
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    (value) => value,
    (e: Error) => (e.message === LEVEL_REFUSED ? 'refused' : e.message),
  );

async function setup() {
  const d = await demo();
  const record = async (name: string) =>
    (
      await d.db
        .select()
        .from(documentationRecords)
        .where(and(eq(documentationRecords.tenantId, d.acme.id), eq(documentationRecords.name, name)))
    )[0];
  const builtIn = async (key: string) =>
    (
      await d.db
        .select()
        .from(securityLevels)
        .where(and(isNull(securityLevels.tenantId), eq(securityLevels.key, key)))
    )[0];
  const audits = (recordId: string) => d.db.select().from(auditLog).where(and(eq(auditLog.tenantId, d.acme.id), eq(auditLog.targetId, recordId)));
  return { ...d, record, builtIn, audits };
}

/** Runs `body` with `email` (of acme) on a custom level holding `permissions`, then puts their level back. */
async function withLevel<T>(email: string, key: string, permissions: readonly string[], body: (ctx: ClientContext) => Promise<T>): Promise<T> {
  const d = await demo();
  const [level] = await d.db
    .insert(securityLevels)
    .values({ tenantId: d.acme.id, key, name: `Custom ${key}`, permissions: [...permissions] as LevelPermission[] })
    .returning();
  const contact = await d.contact(d.acme.id, email);
  await d.db.update(contacts).set({ securityLevelId: level.id }).where(eq(contacts.id, contact.id));
  try {
    return await body(await clientContext(d.acme, email));
  } finally {
    await d.db.update(contacts).set({ securityLevelId: contact.securityLevelId }).where(eq(contacts.id, contact.id));
    await d.db.delete(securityLevels).where(eq(securityLevels.id, level.id));
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('what the portal lists, for every level, company and tenant', () => {
  it('Franco (Basic) sees the shared warranty and license, not the Advanced-minimum credential nor the unshared one', async () => {
    const s = await setup();
    const franco = await clientContext(s.acme, 'franco@coolair.com');
    const listed = await listPortalDocumentation(franco.viewer);
    expect(names(listed)).toEqual(SHARED_FOR_BASIC);
    expect(listed.credential).toEqual([]);
    expect(listed.warranty.map((r) => r.name)).toEqual(['Rooftop unit RTU-2']);
    expect(listed.license.map((r) => r.name)).toEqual(['Microsoft 365 Business Standard']);
  });

  it('Nataliya (Manager) also sees the shared credential, still not the unshared one', async () => {
    const s = await setup();
    const nataliya = await clientContext(s.acme, 'nataliya@coolair.com');
    const listed = await listPortalDocumentation(nataliya.viewer);
    expect(names(listed)).toEqual(SHARED_FOR_MANAGER);
    expect(listed.credential.map((r) => ({ name: r.name, username: r.username, hasSecret: r.hasSecret }))).toEqual([
      { name: 'Building management system', username: 'coolair-admin', hasSecret: true },
    ]);
    expect(listed.warranty[0].hasSecret).toBe(false);
  });

  it('a custom level is measured by its permissions: one reaching only Basic sees what Basic sees, whatever its name', async () => {
    const s = await setup();
    const basic = await s.builtIn('basic');
    await withLevel('nataliya@coolair.com', 'only-basic', [...basic.permissions, 'documentation.passwords'], async (ctx) => {
      expect(await listedNames(ctx)).toEqual(SHARED_FOR_BASIC);
      // It may reveal, but only what it sees: the license key, not the Advanced-minimum password.
      expect(await reveal(ctx, (await s.record('Microsoft 365 Business Standard')).id, null)).toBe(LICENSE_KEY);
      expect(await outcome(reveal(ctx, (await s.record('Building management system')).id, null))).toBe('That documentation record was not found.');
    });
    const advanced = await s.builtIn('advanced');
    await withLevel('franco@coolair.com', 'reaches-advanced', advanced.permissions, async (ctx) => {
      expect(await listedNames(ctx)).toEqual(SHARED_FOR_MANAGER);
    });
  });

  it('a level without "view documentation" sees nothing, and has no Documentation dashboard', async () => {
    const s = await setup();
    const manager = await s.builtIn('manager');
    const without = manager.permissions.filter((p) => p !== 'documentation.view');
    await withLevel('nataliya@coolair.com', 'no-documentation', without, async (ctx) => {
      expect(await listedNames(ctx)).toEqual([]);
      expect(await outcome(reveal(ctx, (await s.record('Building management system')).id, null))).toBe('That documentation record was not found.');
      const access = { permissions: ctx.viewer.permissions, knowledgeBaseEnabled: true };
      expect(mayUseDashboard('documentation', access)).toBe(false);
      expect(selectedDashboards(['documentation', 'tickets'], access)).toEqual(['tickets']);
    });
    const nataliya = await clientContext(s.acme, 'nataliya@coolair.com');
    expect(mayUseDashboard('documentation', { permissions: nataliya.viewer.permissions, knowledgeBaseEnabled: false })).toBe(true);
  });

  it('another company (ABM, even on a Manager-like level) and another tenant see nothing of Cool Air, and cannot reveal it', async () => {
    const s = await setup();
    const manager = await s.builtIn('manager');
    const bms = await s.record('Building management system');
    await withLevel('info@abmapartments.com', 'abm-manager', manager.permissions, async (irene) => {
      expect(await listedNames(irene)).toEqual([]);
      expect(await outcome(reveal(irene, bms.id, null))).toBe('That documentation record was not found.');
    });

    // Globex's own record, shared with its client: Bill sees that one only, Cool Air never sees it.
    const [initech] = await s.db
      .select()
      .from(companies)
      .where(and(eq(companies.tenantId, s.globex.id), eq(companies.name, 'Initech')));
    const [globexRecord] = await s.db
      .insert(documentationRecords)
      .values({
        tenantId: s.globex.id,
        companyId: initech.id,
        kind: 'credential',
        name: 'Initech file server',
        secret: await sealSecret(s.globex.id, 'Globex-Only-Secret!'),
        showOnPortal: true,
      })
      .returning();
    try {
      const bill = await clientContext(s.globex, 'bill@initech.test');
      expect(await listedNames(bill)).toEqual(['Initech file server']);
      expect(await outcome(reveal(bill, bms.id, null))).toBe('That documentation record was not found.');
      expect(await reveal(bill, globexRecord.id, null)).toBe('Globex-Only-Secret!');
      const nataliya = await clientContext(s.acme, 'nataliya@coolair.com');
      expect(await listedNames(nataliya)).toEqual(SHARED_FOR_MANAGER);
      expect(await outcome(reveal(nataliya, globexRecord.id, null))).toBe('That documentation record was not found.');
    } finally {
      await s.db.delete(documentationRecords).where(eq(documentationRecords.id, globexRecord.id));
    }
  });

  it('search matches name, system, username, vendor, serial number and assignee, wildcards taken literally, never beyond what is visible', async () => {
    const s = await setup();
    const nataliya = await clientContext(s.acme, 'nataliya@coolair.com');
    expect(await listedNames(nataliya, 'carrier')).toEqual(['Rooftop unit RTU-2']);
    expect(await listedNames(nataliya, 'rtu2-558')).toEqual(['Rooftop unit RTU-2']);
    expect(await listedNames(nataliya, 'COOLAIR-ADMIN')).toEqual(['Building management system']);
    expect(await listedNames(nataliya, 'bms.coolair')).toEqual(['Building management system']);
    expect(await listedNames(nataliya, 'office staff')).toEqual(['Microsoft 365 Business Standard']);
    expect(await listedNames(nataliya, '  microsoft  ')).toEqual(['Microsoft 365 Business Standard']);
    expect(await listedNames(nataliya, '')).toEqual(SHARED_FOR_MANAGER);
    expect(await listedNames(nataliya, '%')).toEqual([]);
    expect(await listedNames(nataliya, '_')).toEqual([]);
    expect(await listedNames(nataliya, '\\')).toEqual([]);
    // The unshared router matches 'router' and '192.168' but is never listed.
    expect(await listedNames(nataliya, 'router')).toEqual([]);
    expect(await listedNames(nataliya, '192.168')).toEqual([]);
    // A secret is not searchable.
    expect(await listedNames(nataliya, 'Thermo')).toEqual([]);
    expect(likePattern('50%_off\\')).toBe('%50\\%\\_off\\\\%');
  });

  it('the secret never appears in the listed data', async () => {
    const s = await setup();
    for (const email of ['nataliya@coolair.com', 'franco@coolair.com']) {
      const listed = await listPortalDocumentation((await clientContext(s.acme, email)).viewer);
      const serialized = JSON.stringify(listed);
      for (const secret of [BMS_PASSWORD, LICENSE_KEY, ROUTER_PASSWORD]) expect(serialized).not.toContain(secret);
      const sealed = (await s.db.select({ secret: documentationRecords.secret }).from(documentationRecords).where(eq(documentationRecords.tenantId, s.acme.id)))
        .map((r) => r.secret)
        .filter((v): v is string => !!v);
      for (const value of sealed) expect(serialized).not.toContain(value);
      for (const record of [...listed.credential, ...listed.warranty, ...listed.license]) expect(Object.keys(record)).not.toContain('secret');
    }
  });
});

describe('Reveal on the portal', () => {
  it('Nataliya reveals the password: answered once, audited with who, which record and the address, never the secret', async () => {
    const s = await setup();
    const bms = await s.record('Building management system');
    const nataliya = await clientContext(s.acme, 'nataliya@coolair.com');
    const logged: unknown[] = [];
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, level).mockImplementation((...args) => void logged.push(args));
    const before = (await s.audits(bms.id)).length;
    expect(await reveal(nataliya, bms.id, '203.0.113.7')).toBe(BMS_PASSWORD);
    const rows = await s.audits(bms.id);
    expect(rows).toHaveLength(before + 1);
    const row = rows.find((r) => r.action === 'documentation.client_reveal' && r.ip === '203.0.113.7');
    expect(row).toMatchObject({ actorType: 'client', actorId: nataliya.contact.id, targetType: 'documentation_record', targetId: bms.id, ip: '203.0.113.7' });
    expect(JSON.stringify(row)).not.toContain(BMS_PASSWORD);
    expect(JSON.stringify(row)).not.toContain(bms.secret!);
    expect(JSON.stringify(logged)).not.toContain(BMS_PASSWORD);
  });

  it('the license key is a secret like a password', async () => {
    const s = await setup();
    const nataliya = await clientContext(s.acme, 'nataliya@coolair.com');
    expect(await reveal(nataliya, (await s.record('Microsoft 365 Business Standard')).id, null)).toBe(LICENSE_KEY);
  });

  it('refused for Franco (no "view passwords"), even for the license he sees; nothing audited', async () => {
    const s = await setup();
    const franco = await clientContext(s.acme, 'franco@coolair.com');
    const license = await s.record('Microsoft 365 Business Standard');
    const before = (await s.audits(license.id)).length;
    expect(await outcome(reveal(franco, license.id, '203.0.113.8'))).toBe('refused');
    expect(await s.audits(license.id)).toHaveLength(before);
  });

  it('a record not shared on the portal, and one without a secret, behave as missing; nothing audited', async () => {
    const s = await setup();
    const nataliya = await clientContext(s.acme, 'nataliya@coolair.com');
    const router = await s.record('Office router');
    const warranty = await s.record('Rooftop unit RTU-2');
    expect(await outcome(reveal(nataliya, router.id, null))).toBe('That documentation record was not found.');
    expect(await outcome(reveal(nataliya, warranty.id, null))).toBe('That documentation record was not found.');
    expect(await outcome(reveal(nataliya, '00000000-0000-4000-8000-000000000000', null))).toBe('That documentation record was not found.');
    expect(await s.audits(router.id)).toHaveLength(0);
    expect(await s.audits(warranty.id)).toHaveLength(0);
  });
});
