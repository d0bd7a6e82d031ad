import { and, count, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { auditLog, contacts, securityLevels, type Contact } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { viewerOf } from '@/lib/portal/access';
import { getPortalUserFormOptions } from '@/lib/portal-users/queries';
import { LEVEL_PERMISSION_INFO } from '@/lib/security-levels/info';
import { getSecurityLevel, listSecurityLevels } from '@/lib/security-levels/queries';
import { deleteSecurityLevelSchema, securityLevelSchema, type SecurityLevelInput } from '@/lib/security-levels/schemas';
import * as service from '@/lib/security-levels/service';
import { listPortalTickets } from '@/lib/tickets/portal';
import { LEVEL_PERMISSIONS } from '@/lib/db/schema';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const createLevel = staffOp(service.createSecurityLevel, 'security_levels.manage', 'security_level.create');
const updateLevel = staffOp(service.updateSecurityLevel, 'security_levels.manage', 'security_level.update');
const deleteLevel = staffOp(service.deleteSecurityLevel, 'security_levels.manage', 'security_level.delete');

const BASIC = ['tickets.own', 'tickets.create', 'projects.member', 'projects.work', 'knowledge_base.view'] as const;

/** What a server action does with the form: FormData → the shared schema → the work, or the field errors. */
async function submit<S extends z.ZodType>(schema: S, fields: Record<string, string>, run: (data: z.infer<S>) => Promise<unknown>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const parsed = schema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return z.flattenError(parsed.error).fieldErrors as Record<string, string[]>;
  await run(parsed.data);
  return {};
}

let made = 0;
async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const globexOwner: StaffContext = { tenant: d.globex, user: await d.staff(d.globex.id, 'owner@globex.test') };
  const builtIn = async (key: string) =>
    (
      await d.db
        .select()
        .from(securityLevels)
        .where(and(isNull(securityLevels.tenantId), eq(securityLevels.key, key)))
    )[0];
  const levelsOfAcme = async () => d.db.select().from(securityLevels).where(eq(securityLevels.tenantId, d.acme.id));
  const input = (extra: Partial<SecurityLevelInput> = {}): SecurityLevelInput => ({
    name: `Level ${++made}`,
    permissions: [...BASIC],
    clientAssignable: true,
    ...extra,
  });
  /** As the portal reads it on every request: the contact and their level, fresh from the database. */
  const viewerFor = async (email: string) => {
    const contact = await d.contact(d.acme.id, email);
    const [level] = await d.db.select().from(securityLevels).where(eq(securityLevels.id, contact.securityLevelId!));
    return viewerOf({ contact, securityLevel: level });
  };
  const setLevel = (contact: Contact, levelId: string) => d.db.update(contacts).set({ securityLevelId: levelId }).where(eq(contacts.id, contact.id));
  return { ...d, owner, helpdesk, globexOwner, builtIn, levelsOfAcme, input, viewerFor, setLevel };
}

const numbers = (rows: { number: number }[]) => rows.map((r) => r.number).sort();

describe('the permission labels', () => {
  it('name every level permission in a group, in the words of the security-level table', () => {
    expect(Object.keys(LEVEL_PERMISSION_INFO).sort()).toEqual([...LEVEL_PERMISSIONS].sort());
    expect(LEVEL_PERMISSION_INFO['invoices.view']).toMatchObject({ group: 'Reports', label: 'View Invoice and Block Hour Reports' });
    expect(LEVEL_PERMISSION_INFO['portal_admin.logins'].label).toBe('Create and manage Client Portal logins');
  });
});

describe('listing security levels', () => {
  it('shows the built-ins, then this tenant’s levels, with how many of this tenant’s portal users hold each', async () => {
    const s = await setup();
    const list = await listSecurityLevels({ tenantId: s.acme.id });
    expect(list.map((l) => l.name)).toEqual(['Basic', 'Approver', 'Advanced', 'Technician', 'Manager']);
    const held = Object.fromEntries(list.map((l) => [l.name, l.portalUsers]));
    const manager = await s.builtIn('manager');
    const [{ n }] = await s.db
      .select({ n: count() })
      .from(contacts)
      .where(and(eq(contacts.tenantId, s.acme.id), eq(contacts.securityLevelId, manager.id)));
    expect(held.Manager).toBe(n);
    expect(held.Manager).toBeGreaterThan(0);
    // Globex's Manager (Bill) is not counted for Acme.
    const globexList = await listSecurityLevels({ tenantId: s.globex.id });
    expect(globexList.map((l) => l.name)).toEqual(['Basic', 'Advanced', 'Manager']);
    expect(globexList.find((l) => l.name === 'Manager')!.portalUsers).toBe(1);
  });

  it('gives the portal user form each level’s permissions, custom levels included', async () => {
    const s = await setup();
    const { levels } = await getPortalUserFormOptions({ tenantId: s.acme.id });
    const approver = levels.find((l) => l.name === 'Approver')!;
    expect(approver).toMatchObject({ builtIn: false, clientAssignable: true });
    expect(approver.permissions).toContain('tickets.company');
    expect(levels.find((l) => l.name === 'Basic')).toMatchObject({ key: 'basic', builtIn: true });
  });
});

describe('creating and editing', () => {
  it('creates a custom level with a random key and rank 100, audited', async () => {
    const s = await setup();
    const level = await createLevel(s.owner, s.input({ name: 'Site Lead', permissions: [...BASIC, 'tickets.company'], clientAssignable: false }));
    expect(level).toMatchObject({ tenantId: s.acme.id, name: 'Site Lead', builtIn: false, clientAssignable: false, rank: 100 });
    expect(level.key).toMatch(/^custom-[0-9a-f-]{36}$/);
    const [row] = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'security_level.create'), eq(auditLog.targetId, level.id)));
    expect(row.details).toMatchObject({ name: 'Site Lead' });
  });

  it('edits a custom level and records what changed', async () => {
    const s = await setup();
    const level = await createLevel(s.owner, s.input());
    const saved = await updateLevel(s.owner, { ...s.input({ name: 'Renamed level' }), levelId: level.id, permissions: ['tickets.own', 'invoices.view'] });
    expect(saved).toMatchObject({ name: 'Renamed level', permissions: ['tickets.own', 'invoices.view'] });
    const [row] = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'security_level.update'), eq(auditLog.targetId, level.id)));
    expect(row.details).toMatchObject({ renamedFrom: level.name, added: ['invoices.view'] });
  });

  it('refuses to change a built-in level', async () => {
    const s = await setup();
    const basic = await s.builtIn('basic');
    await expect(updateLevel(s.owner, { ...s.input({ name: 'Basic' }), levelId: basic.id, permissions: ['invoices.view'] })).rejects.toThrow(
      service.BUILT_IN_READ_ONLY,
    );
    await expect(deleteLevel(s.owner, { levelId: basic.id })).rejects.toThrow(service.BUILT_IN_READ_ONLY);
    expect((await s.builtIn('basic')).permissions).toEqual(basic.permissions);
  });

  it.each([
    ['the same name', 'Approver'],
    ['the same name in other letters', 'aPPROVER'],
    ['a built-in name', 'Manager'],
    ['a built-in name in other letters', 'basic'],
  ])('refuses %s with a field error', async (_, name) => {
    const s = await setup();
    const before = await s.levelsOfAcme();
    await expect(createLevel(s.owner, s.input({ name }))).rejects.toMatchObject({ fieldErrors: { name: [service.NAME_TAKEN] } });
    expect(await s.levelsOfAcme()).toEqual(before);
  });

  it('refuses renaming onto another level’s name, but keeps a level’s own name', async () => {
    const s = await setup();
    const level = await createLevel(s.owner, s.input({ name: 'Keeper' }));
    await expect(updateLevel(s.owner, { ...s.input({ name: 'technician' }), levelId: level.id })).rejects.toMatchObject({
      fieldErrors: { name: [service.NAME_TAKEN] },
    });
    await expect(updateLevel(s.owner, { ...s.input({ name: 'KEEPER' }), levelId: level.id })).resolves.toMatchObject({ name: 'KEEPER' });
  });

  it('lets another tenant use a name this tenant has', async () => {
    const s = await setup();
    await expect(createLevel(s.globexOwner, s.input({ name: 'Approver' }))).resolves.toMatchObject({ tenantId: s.globex.id });
  });

  it('answers bad input with field errors and changes nothing', async () => {
    const s = await setup();
    const before = await s.levelsOfAcme();
    const run = (data: SecurityLevelInput) => createLevel(s.owner, data);
    expect(await submit(securityLevelSchema, { name: '   ', permissions: 'tickets.own' }, run)).toMatchObject({ name: ['Enter a name.'] });
    expect(await submit(securityLevelSchema, { name: 'x'.repeat(61) }, run)).toMatchObject({ name: ['Name must be at most 60 characters.'] });
    expect(await submit(securityLevelSchema, { name: 'Fine', permissions: 'tickets.own,tickets.delete_all' }, run)).toHaveProperty('permissions');
    expect(await submit(securityLevelSchema, { name: 'Bad\u0007name' }, run)).toHaveProperty('name');
    expect(await submit(securityLevelSchema, { name: 'Fine', levelId: 'not-an-id' }, run)).toHaveProperty('levelId');
    expect(await s.levelsOfAcme()).toEqual(before);
  });

  it('reads the form: names trimmed, permissions de-duplicated, the checkbox as a boolean', async () => {
    const parsed = securityLevelSchema.parse({ name: '  Night shift ', permissions: 'tickets.own,tickets.own,invoices.view', clientAssignable: 'on' });
    expect(parsed).toMatchObject({ name: 'Night shift', permissions: ['tickets.own', 'invoices.view'], clientAssignable: true });
    expect(securityLevelSchema.parse({ name: 'Nothing' })).toMatchObject({ permissions: [], clientAssignable: false });
  });
});

describe('copying', () => {
  it('pre-fills a new level from any level under a name nobody has', () => {
    const manager = { name: 'Manager', permissions: ['tickets.own', 'invoices.view'], clientAssignable: true };
    expect(service.copyOf(manager, ['Basic', 'Manager'])).toEqual({ name: 'Copy of Manager', permissions: manager.permissions, clientAssignable: true });
    expect(service.copyOf(manager, ['copy of manager', 'Copy of Manager 2']).name).toBe('Copy of Manager 3');
    expect(service.copyOf({ ...manager, name: 'y'.repeat(60) }, []).name.length).toBeLessThanOrEqual(60);
  });
});

describe('deleting', () => {
  it('deletes an unheld level without asking where users go', async () => {
    const s = await setup();
    const level = await createLevel(s.owner, s.input());
    await expect(deleteLevel(s.owner, { levelId: level.id })).resolves.toMatchObject({ moved: 0, movedTo: null });
    expect(await getSecurityLevel({ tenantId: s.acme.id, levelId: level.id })).toBeNull();
  });

  it('moves the holders to the chosen level and deletes in one transaction, audited with how many moved', async () => {
    const s = await setup();
    const level = await createLevel(s.owner, s.input());
    const franco = await s.contact(s.acme.id, 'franco@coolair.com');
    const irene = await s.contact(s.acme.id, 'info@abmapartments.com');
    const previous = franco.securityLevelId!;
    await s.setLevel(franco, level.id);
    await s.setLevel(irene, level.id);
    const advanced = await s.builtIn('advanced');

    await expect(deleteLevel(s.owner, { levelId: level.id })).rejects.toMatchObject({
      fieldErrors: { moveToLevelId: ['Choose the level its 2 portal users move to.'] },
    });
    await expect(deleteLevel(s.owner, { levelId: level.id, moveToLevelId: level.id })).rejects.toMatchObject({
      fieldErrors: { moveToLevelId: expect.any(Array) },
    });
    const globexLevel = await createLevel(s.globexOwner, s.input());
    await expect(deleteLevel(s.owner, { levelId: level.id, moveToLevelId: globexLevel.id })).rejects.toMatchObject({
      fieldErrors: { moveToLevelId: expect.any(Array) },
    });
    expect((await s.contact(s.acme.id, 'franco@coolair.com')).securityLevelId).toBe(level.id);

    const done = await deleteLevel(s.owner, { levelId: level.id, moveToLevelId: advanced.id });
    expect(done).toMatchObject({ moved: 2, movedTo: { name: 'Advanced' } });
    expect((await s.contact(s.acme.id, 'franco@coolair.com')).securityLevelId).toBe(advanced.id);
    expect((await s.contact(s.acme.id, 'info@abmapartments.com')).securityLevelId).toBe(advanced.id);
    expect(await getSecurityLevel({ tenantId: s.acme.id, levelId: level.id })).toBeNull();
    const [row] = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'security_level.delete'), eq(auditLog.targetId, level.id)));
    expect(row.details).toMatchObject({ moved: 2, movedTo: 'Advanced' });
    await s.setLevel(franco, previous);
    await s.setLevel(irene, previous);
  });

  it('moves holders to another custom level of the tenant', async () => {
    const s = await setup();
    const [from, to] = [await createLevel(s.owner, s.input()), await createLevel(s.owner, s.input())];
    const franco = await s.contact(s.acme.id, 'franco@coolair.com');
    const previous = franco.securityLevelId!;
    await s.setLevel(franco, from.id);
    await deleteLevel(s.owner, { levelId: from.id, moveToLevelId: to.id });
    expect((await s.contact(s.acme.id, 'franco@coolair.com')).securityLevelId).toBe(to.id);
    await s.setLevel(franco, previous);
  });

  it('reads the delete form: an empty choice is none, a malformed one a field error', () => {
    expect(deleteSecurityLevelSchema.safeParse({ levelId: crypto.randomUUID(), moveToLevelId: '' }).success).toBe(true);
    expect(deleteSecurityLevelSchema.safeParse({ levelId: crypto.randomUUID(), moveToLevelId: 'basic' }).success).toBe(false);
  });
});

describe('who may', () => {
  it('refuses staff without “manage security levels”, before anything is read', async () => {
    const s = await setup();
    const level = await createLevel(s.owner, s.input());
    const before = await s.levelsOfAcme();
    await expect(createLevel(s.helpdesk, s.input())).rejects.toThrow('You do not have permission to manage security levels.');
    await expect(updateLevel(s.helpdesk, { ...s.input(), levelId: level.id })).rejects.toThrow('You do not have permission to manage security levels.');
    await expect(deleteLevel(s.helpdesk, { levelId: level.id })).rejects.toThrow('You do not have permission to manage security levels.');
    expect(await s.levelsOfAcme()).toEqual(before);
  });

  it('treats another tenant’s level as not found', async () => {
    const s = await setup();
    const globexLevel = await createLevel(s.globexOwner, s.input());
    expect(await getSecurityLevel({ tenantId: s.acme.id, levelId: globexLevel.id })).toBeNull();
    await expect(updateLevel(s.owner, { ...s.input(), levelId: globexLevel.id })).rejects.toThrow('That security level was not found.');
    await expect(deleteLevel(s.owner, { levelId: globexLevel.id })).rejects.toThrow('That security level was not found.');
    expect(await getSecurityLevel({ tenantId: s.globex.id, levelId: globexLevel.id })).not.toBeNull();
  });
});

describe('what the portal enforces', () => {
  it('is the level’s permissions, from the next request after a change', async () => {
    const s = await setup();
    const franco = await s.contact(s.acme.id, 'franco@coolair.com');
    const previous = franco.securityLevelId!;
    const level = await createLevel(s.owner, s.input({ permissions: [...BASIC] }));
    await s.setLevel(franco, level.id);
    expect(numbers(await listPortalTickets(await s.viewerFor('franco@coolair.com')))).toEqual([1001]);

    await updateLevel(s.owner, { ...s.input({ name: level.name }), levelId: level.id, permissions: [...BASIC, 'tickets.company'] });
    expect(numbers(await listPortalTickets(await s.viewerFor('franco@coolair.com')))).toEqual([1001, 1002]);

    await updateLevel(s.owner, { ...s.input({ name: level.name }), levelId: level.id, permissions: ['knowledge_base.view'] });
    expect(await listPortalTickets(await s.viewerFor('franco@coolair.com'))).toEqual([]);
    await s.setLevel(franco, previous);
  });
});
