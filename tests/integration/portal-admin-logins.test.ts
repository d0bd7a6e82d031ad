import { and, desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog, contacts, emailOutbox, securityLevels } from '@/lib/db/schema';
import type { ClientContext } from '@/lib/errors';
import { getCompanyLogin, getCompanyLoginOptions, getCompanyLoginsPage } from '@/lib/portal-admin/logins';
import { LEVEL_REFUSED } from '@/lib/pipeline';
import { listParamsSchema, type PortalUserInput } from '@/lib/portal-users/schemas';
import * as service from '@/lib/portal-users/service';
import { CLIENT_ASSIGNABLE_ONLY, EMAIL_BY_PROVIDER, NOT_ABOVE_OWN, NOT_YOURSELF } from '@/lib/portal-users/service';
import { clientContext, clientOp } from '../support/client-work';
import { demo } from '../support/demo';

const logins = 'portal_admin.logins' as const;
const addLogin = clientOp(service.addPortalUser, logins, 'portal_user.add');
const updateLogin = clientOp(service.updatePortalUser, logins, 'portal_user.update');
const resendInvitation = clientOp(service.resendInvitation, logins, 'portal_user.invite');
const resetPassword = clientOp(service.resetPortalUserPassword, logins, 'portal_user.reset_password');
const setActive = clientOp(service.setPortalUserActive, logins, 'portal_user.activate');

const params = listParamsSchema.parse({});

async function setup() {
  const d = await demo();
  const levels = await d.db.select().from(securityLevels);
  const level = (name: string) => levels.find((l) => l.name === name)!;
  const nataliya = await clientContext(d.acme, 'nataliya@coolair.com');
  const input = (over: Partial<PortalUserInput> = {}): PortalUserInput => ({
    companyId: nataliya.contact.companyId,
    email: 'new.login@coolair.com',
    firstName: 'New',
    lastName: 'Login',
    logonName: 'new.login@coolair.com',
    securityLevelId: level('Basic').id,
    language: 'en',
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'HH:mm',
    numberFormat: '1,234.56',
    ...over,
  });
  const editInput = (c: ClientContext['contact'], over: Partial<PortalUserInput> = {}) =>
    input({
      companyId: c.companyId,
      email: c.email,
      firstName: c.firstName,
      lastName: c.lastName,
      logonName: c.logonName!,
      securityLevelId: c.securityLevelId!,
      ...over,
    });
  const rowCount = async () => (await d.db.select({ id: contacts.id }).from(contacts)).length;
  return {
    ...d,
    level,
    nataliya,
    input,
    editInput,
    rowCount,
    franco: await clientContext(d.acme, 'franco@coolair.com'),
    sasha: await clientContext(d.acme, 'sales@loop.org'),
  };
}

describe('Portal Admin › Logins (a client Manager runs their company’s logins)', () => {
  it('lists the logins of the Manager’s own company only, with the list behaviour of Portal Access', async () => {
    const s = await setup();
    const page = await getCompanyLoginsPage(s.nataliya.viewer, params);
    expect(page.rows.map((r) => r.email).sort()).toEqual(['franco@coolair.com', 'nataliya@coolair.com']);
    expect(page.total).toBe(2);
    const filtered = await getCompanyLoginsPage(s.nataliya.viewer, { ...params, q: 'franco' });
    expect(filtered.rows.map((r) => r.email)).toEqual(['franco@coolair.com']);
    expect((await getCompanyLoginsPage(s.nataliya.viewer, { ...params, q: 'loop' })).total).toBe(0);
    expect(await getCompanyLogin(s.nataliya.viewer, s.sasha.contact.id)).toBeNull();
    expect((await getCompanyLogin(s.nataliya.viewer, s.franco.contact.id))?.contact.email).toBe('franco@coolair.com');
  });

  it('offers only levels marked assignable by client, and Cool Air, the only company of the tree, as chosen', async () => {
    const s = await setup();
    const options = await getCompanyLoginOptions(s.nataliya.viewer);
    expect(options.levels.map((l) => l.name)).toEqual(['Basic', 'Approver', 'Advanced', 'Manager']);
    expect(options.company?.name).toBe('Cool Air');
    expect(options.companySearchUrl).toBe('/portal-admin/logins/companies');
    // a user who holds a staff-only level keeps it on their edit form
    expect((await getCompanyLoginOptions(s.nataliya.viewer, s.level('Technician').id)).levels.map((l) => l.name)).toContain('Technician');
  });

  it('adds a login for a Cool Air contact: the invitation goes out and the audit names the client as the actor', async () => {
    const s = await setup();
    const { contact, invited } = await addLogin(s.nataliya, s.input({ securityLevelId: s.level('Approver').id }));
    expect(invited).toBe(true);
    expect(contact.securityLevelId).toBe(s.level('Approver').id);
    const [mail] = await s.db.select().from(emailOutbox).where(eq(emailOutbox.to, 'new.login@coolair.com')).orderBy(desc(emailOutbox.createdAt)).limit(1);
    expect(mail.subject).toBe("You've been invited to the Acme Services Customer Portal");
    expect(mail.text).toContain('/set-password?token=');
    const [entry] = await s.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, contact.id), eq(auditLog.action, 'portal_user.add')));
    expect(entry).toMatchObject({ actorType: 'client', actorId: s.nataliya.contact.id, tenantId: s.acme.id });
    expect(await resendInvitation(s.nataliya, contact.id)).toMatchObject({ email: 'new.login@coolair.com' });
    expect(await resetPassword(s.nataliya, contact.id)).toMatchObject({ email: 'new.login@coolair.com' });
  });

  it('refuses a staff-only level, another company, another company’s login and the e-mail change, changing nothing', async () => {
    const s = await setup();
    const before = await s.rowCount();
    await expect(
      addLogin(s.nataliya, s.input({ email: 'x1@coolair.com', logonName: 'x1@coolair.com', securityLevelId: s.level('Technician').id })),
    ).rejects.toMatchObject({
      fieldErrors: { securityLevelId: [CLIENT_ASSIGNABLE_ONLY] },
    });
    await expect(addLogin(s.nataliya, s.input({ email: 'x2@loop.org', logonName: 'x2@loop.org', companyId: s.sasha.contact.companyId }))).rejects.toMatchObject(
      {
        fieldErrors: { companyId: ['Choose a company.'] },
      },
    );
    expect(await s.rowCount()).toBe(before);
    await expect(updateLogin(s.nataliya, s.sasha.contact.id, s.editInput(s.sasha.contact, { firstName: 'Hacked' }))).rejects.toThrow(
      'That portal user was not found.',
    );
    await expect(setActive(s.nataliya, s.sasha.contact.id, false)).rejects.toThrow('That portal user was not found.');
    await expect(resendInvitation(s.nataliya, s.sasha.contact.id)).rejects.toThrow('That portal user was not found.');
    await expect(updateLogin(s.nataliya, s.franco.contact.id, s.editInput(s.franco.contact, { email: 'me@attacker.test' }))).rejects.toMatchObject({
      fieldErrors: { email: [EMAIL_BY_PROVIDER] },
    });
    await expect(
      updateLogin(s.nataliya, s.franco.contact.id, s.editInput(s.franco.contact, { securityLevelId: s.level('Technician').id })),
    ).rejects.toMatchObject({
      fieldErrors: { securityLevelId: [CLIENT_ASSIGNABLE_ONLY] },
    });
    const [sasha] = await s.db.select().from(contacts).where(eq(contacts.id, s.sasha.contact.id));
    const [franco] = await s.db.select().from(contacts).where(eq(contacts.id, s.franco.contact.id));
    expect([sasha.firstName, sasha.portalAccess, franco.email, franco.securityLevelId]).toEqual([
      'Sasha',
      true,
      'franco@coolair.com',
      s.franco.contact.securityLevelId,
    ]);
  });

  it('edits name, logon name, level and formats; deactivates and reactivates, but never themselves', async () => {
    const s = await setup();
    const saved = await updateLogin(
      s.nataliya,
      s.franco.contact.id,
      s.editInput(s.franco.contact, { lastName: 'Rossi-Bianchi', securityLevelId: s.level('Approver').id, dateFormat: 'dd/MM/yyyy' }),
    );
    expect([saved.lastName, saved.securityLevelId, saved.dateFormat]).toEqual(['Rossi-Bianchi', s.level('Approver').id, 'dd/MM/yyyy']);
    // the new level takes effect on Franco's next request: his context is read afresh
    expect((await clientContext(s.acme, 'franco@coolair.com')).viewer.permissions).toContain('tickets.company');
    await expect(setActive(s.nataliya, s.nataliya.contact.id, false)).rejects.toThrow(NOT_YOURSELF);
    expect((await setActive(s.nataliya, s.franco.contact.id, false)).portalAccess).toBe(false);
    expect((await setActive(s.nataliya, s.franco.contact.id, true)).portalAccess).toBe(true);
    await updateLogin(s.nataliya, s.franco.contact.id, s.editInput(s.franco.contact));
  });

  it('a login administrator cannot raise themselves or give a level that allows more than their own', async () => {
    const s = await setup();
    const basic = s.level('Basic');
    const [officeAdmin] = await s.db
      .insert(securityLevels)
      .values({
        tenantId: s.acme.id,
        key: 'office-admin-test',
        name: 'Office Admin (test)',
        permissions: [...basic.permissions, 'portal_admin.logins'],
        clientAssignable: true,
      })
      .returning();
    await s.db.update(contacts).set({ securityLevelId: officeAdmin.id }).where(eq(contacts.id, s.franco.contact.id));
    const franco = await clientContext(s.acme, 'franco@coolair.com');
    await expect(updateLogin(franco, franco.contact.id, s.editInput(franco.contact, { securityLevelId: s.level('Manager').id }))).rejects.toMatchObject({
      fieldErrors: { securityLevelId: [NOT_ABOVE_OWN] },
    });
    await expect(updateLogin(franco, s.nataliya.contact.id, s.editInput(s.nataliya.contact, { firstName: 'Nat' }))).resolves.toMatchObject({
      firstName: 'Nat',
    });
    await expect(
      addLogin(franco, s.input({ email: 'x3@coolair.com', logonName: 'x3@coolair.com', securityLevelId: s.level('Advanced').id })),
    ).rejects.toMatchObject({
      fieldErrors: { securityLevelId: [NOT_ABOVE_OWN] },
    });
    expect((await getCompanyLoginOptions(franco.viewer)).levels.map((l) => l.name)).toEqual(['Basic', 'Office Admin (test)']);
    await s.db.update(contacts).set({ securityLevelId: basic.id }).where(eq(contacts.id, franco.contact.id));
    await s.db.update(contacts).set({ firstName: 'Nataliya' }).where(eq(contacts.id, s.nataliya.contact.id));
  });

  it('a level without the logins permission is refused before anything is read', async () => {
    const s = await setup();
    const franco = await clientContext(s.acme, 'franco@coolair.com');
    expect(franco.viewer.permissions).not.toContain('portal_admin.logins');
    await expect(addLogin(franco, s.input({ email: 'x4@coolair.com', logonName: 'x4@coolair.com' }))).rejects.toThrow(LEVEL_REFUSED);
    await expect(setActive(franco, s.nataliya.contact.id, false)).rejects.toThrow(LEVEL_REFUSED);
  });
});
