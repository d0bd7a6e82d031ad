import { and, count, desc, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setPasswordWithLink } from '@/lib/auth/onboarding';
import { hashToken } from '@/lib/auth/random';
import { createSession, validateContactSession } from '@/lib/auth/sessions';
import { consumeToken, inspectToken } from '@/lib/auth/tokens';
import { auditLog, companies, contacts, emailOutbox, oneTimeTokens, securityLevels, tenants, type Tenant } from '@/lib/db/schema';
import { linksIn } from '@/lib/email/links';
import type { StaffContext } from '@/lib/errors';
import { getPortalUsersPage } from '@/lib/portal-users/queries';
import type { PortalUserInput } from '@/lib/portal-users/schemas';
import * as service from '@/lib/portal-users/service';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const addPortalUser = staffOp(service.addPortalUser, 'portal_users.edit', 'portal_user.add');
const updatePortalUser = staffOp(service.updatePortalUser, 'portal_users.edit', 'portal_user.update');
const resendInvitation = staffOp(service.resendInvitation, 'portal_users.edit', 'portal_user.invite');
const resetPortalUserPassword = staffOp(service.resetPortalUserPassword, 'portal_users.edit', 'portal_user.reset_password');
const setPortalUserActive = staffOp(service.setPortalUserActive, 'portal_users.edit', 'portal_user.activate');
const deletePortalUsers = staffOp(service.deletePortalUsers, 'portal_users.edit', 'portal_user.delete');

async function setup() {
  const d = await demo();
  const owner = await d.staff(d.acme.id, 'owner@acme.test');
  const helpdesk = await d.staff(d.acme.id, 'helpdesk@acme.test');
  const [tenant] = await d.db.select().from(tenants).where(eq(tenants.id, d.acme.id));
  const ctx: StaffContext = { tenant, user: owner };
  const levels = await d.db.select().from(securityLevels).where(isNull(securityLevels.tenantId));
  const level = (key: string) => levels.find((l) => l.key === key)!.id;
  const company = async (tenantId: string, name: string) =>
    (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0];
  const loop = await company(d.acme.id, 'The Loop');
  const input = (email: string, extra: Partial<PortalUserInput> = {}): PortalUserInput => ({
    companyId: loop.id,
    email,
    firstName: 'Test',
    lastName: 'User',
    logonName: email,
    securityLevelId: level('basic'),
    language: 'en',
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'HH:mm',
    numberFormat: '1,234.56',
    ...extra,
  });
  const contactCount = async () => (await d.db.select({ n: count() }).from(contacts))[0].n;
  const lastMailTo = async (to: string) => (await d.db.select().from(emailOutbox).where(eq(emailOutbox.to, to)).orderBy(desc(emailOutbox.createdAt)).limit(1))[0];
  const tokenOf = (mail: { html: string }) => new URL(linksIn(mail.html)[0]).searchParams.get('token')!;
  return { ...d, ctx, helpdeskCtx: { tenant, user: helpdesk } as StaffContext, level, company, loop, input, contactCount, lastMailTo, tokenOf };
}

describe('adding portal users', () => {
  it('creates the contact with portal access and e-mails an invitation with a hashed, 48-hour link', async () => {
    const { ctx, input, lastMailTo, tokenOf, db, acme } = await setup();
    const before = Date.now();
    const { contact, invited } = await addPortalUser(ctx, input('new.person@loop.org'));
    expect(invited).toBe(true);
    expect(contact).toMatchObject({ portalAccess: true, logonName: 'new.person@loop.org', passwordHash: null });

    const mail = await lastMailTo('new.person@loop.org');
    expect(mail.subject).toBe("You've been invited to the Acme Services Customer Portal");
    const link = linksIn(mail.html)[0];
    expect(link.startsWith('http://acme.localhost:3000/set-password?token=')).toBe(true);
    const token = tokenOf(mail);
    const [row] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.contactId, contact.id));
    expect(row.tokenHash).toBe(hashToken(token));
    expect(row.tokenHash).not.toContain(token);
    expect(row.purpose).toBe('invitation');
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(48 * 3600_000 - 1000);
    expect(row.expiresAt.getTime() - before).toBeLessThan(48 * 3600_000 + 60_000);
    expect((await inspectToken(token, acme.id, ['invitation'])).status).toBe('valid');
  });

  it('gives an existing contact portal access instead of creating a second one', async () => {
    const { ctx, input, company, acme, contactCount, contact } = await setup();
    const anderson = await company(acme.id, 'Anderson Windows');
    const before = await contactCount();
    const { contact: saved } = await addPortalUser(ctx, input('ANDREW@awc.co', { companyId: anderson.id, firstName: 'Andrew', lastName: 'Anderson', logonName: 'andrew.anderson' }));
    expect(await contactCount()).toBe(before);
    expect(saved.id).toBe((await contact(acme.id, 'andrew@awc.co')).id);
    expect(saved.logonName).toBe('andrew.anderson');
  });

  it.each<[string, Partial<PortalUserInput>, string, string]>([
    ['an e-mail that is already a portal user', { email: 'franco@coolair.com' }, 'email', 'A portal user with this e-mail already exists.'],
    ['a logon name taken in another case', { email: 'x1@loop.org', logonName: 'SALES@LOOP.ORG' }, 'logonName', 'This logon name is already taken.'],
    ['a logon name that is another contact’s e-mail', { email: 'x4@loop.org', logonName: 'Andrew@awc.co' }, 'logonName', 'This logon name is already taken.'],
    ['a company of another tenant', { email: 'x2@loop.org', companyId: 'globex' }, 'companyId', 'Choose a company.'],
    ['an unknown security level', { email: 'x3@loop.org', securityLevelId: '00000000-0000-4000-8000-000000000000' }, 'securityLevelId', 'Choose a security level.'],
  ])('refuses %s, changing nothing', async (_case, extra, field, message) => {
    const s = await setup();
    const initech = await s.company(s.globex.id, 'Initech');
    const values = { ...extra, companyId: extra.companyId === 'globex' ? initech.id : (extra.companyId ?? s.loop.id) };
    const before = await s.contactCount();
    await expect(addPortalUser(s.ctx, s.input(values.email!, values))).rejects.toMatchObject({ fieldErrors: { [field]: [message] } });
    expect(await s.contactCount()).toBe(before);
  });

  it('refuses an e-mail used by a contact of another company', async () => {
    const { ctx, input, db, acme, company } = await setup();
    const anderson = await company(acme.id, 'Anderson Windows');
    await db.insert(contacts).values({ tenantId: acme.id, companyId: anderson.id, firstName: 'Otto', email: 'otto@awc.co' });
    await expect(addPortalUser(ctx, input('otto@awc.co', { logonName: 'otto-x' }))).rejects.toMatchObject({
      fieldErrors: { email: ['This e-mail is already used by a contact of another company.'] },
    });
  });

  it('saves without inviting while the portal is not activated', async () => {
    const { ctx, input, lastMailTo } = await setup();
    const off: Tenant = { ...ctx.tenant, portalActivated: false };
    const { invited, contact } = await addPortalUser({ ...ctx, tenant: off }, input('quiet@loop.org'));
    expect(invited).toBe(false);
    expect(contact.portalAccess).toBe(true);
    expect(await lastMailTo('quiet@loop.org')).toBeUndefined();
    await expect(resendInvitation({ ...ctx, tenant: off }, contact.id)).rejects.toThrow('The client portal is not activated, so no invitation was sent.');
  });

  it('is refused without the edit permission', async () => {
    const { helpdeskCtx, input, contactCount } = await setup();
    const before = await contactCount();
    await expect(addPortalUser(helpdeskCtx, input('nope@loop.org'))).rejects.toThrow('You do not have permission to edit portal user settings.');
    expect(await contactCount()).toBe(before);
  });

  it('is audited with who, what and which contact', async () => {
    const { ctx, input, db } = await setup();
    const { contact } = await addPortalUser(ctx, input('audited@loop.org'));
    const entries = await db.select().from(auditLog).where(eq(auditLog.targetId, contact.id));
    expect(entries.map((e) => e.action).sort()).toEqual(['portal_user.add', 'portal_user.invite']);
    expect(entries.every((e) => e.actorId === ctx.user.id && e.tenantId === ctx.tenant.id && e.createdAt instanceof Date)).toBe(true);
  });
});

describe('links', () => {
  it('Resend Invitation Email makes older links stop working', async () => {
    const { ctx, input, lastMailTo, tokenOf, acme } = await setup();
    const { contact } = await addPortalUser(ctx, input('resend@loop.org'));
    const first = tokenOf(await lastMailTo('resend@loop.org'));
    await resendInvitation(ctx, contact.id);
    const second = tokenOf(await lastMailTo('resend@loop.org'));
    expect(second).not.toBe(first);
    expect((await inspectToken(first, acme.id, ['invitation'])).status).toBe('unknown');
    expect((await inspectToken(second, acme.id, ['invitation'])).status).toBe('valid');
  });

  it('work once, expire, and only on their own tenant', async () => {
    const { ctx, input, lastMailTo, tokenOf, acme, globex, db } = await setup();
    const { contact } = await addPortalUser(ctx, input('once@loop.org'));
    const token = tokenOf(await lastMailTo('once@loop.org'));
    expect(await consumeToken(token, globex.id, ['invitation'])).toBeNull();
    expect((await consumeToken(token, acme.id, ['invitation']))?.contactId).toBe(contact.id);
    expect(await consumeToken(token, acme.id, ['invitation'])).toBeNull();
    expect((await inspectToken(token, acme.id, ['invitation'])).status).toBe('used');

    await resetPortalUserPassword(ctx, contact.id);
    const reset = tokenOf(await lastMailTo('once@loop.org'));
    const [row] = await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.tokenHash, hashToken(reset)));
    expect(row.purpose).toBe('password_reset');
    expect(Math.abs(row.expiresAt.getTime() - Date.now() - 3600_000)).toBeLessThan(60_000);
    await db.update(oneTimeTokens).set({ expiresAt: new Date(Date.now() - 1) }).where(eq(oneTimeTokens.id, row.id));
    expect((await inspectToken(reset, acme.id, ['password_reset'])).status).toBe('expired');
    expect(await consumeToken(reset, acme.id, ['password_reset'])).toBeNull();
    expect((await inspectToken('made-up', acme.id, ['invitation'])).status).toBe('unknown');
  });

  it('set the password once, ending other sessions of the user', async () => {
    const { ctx, input, lastMailTo, tokenOf, acme, db } = await setup();
    const { contact } = await addPortalUser(ctx, input('setpw@loop.org', { logonName: 'setpw.user' }));
    const token = tokenOf(await lastMailTo('setpw@loop.org'));
    const old = await createSession({ tenantId: acme.id, kind: 'client', contactId: contact.id, sessionVersion: 0 });

    await expect(setPasswordWithLink(ctx.tenant, { token, password: 'setpw.user', confirm: 'setpw.user' })).rejects.toMatchObject({
      fieldErrors: { password: ['Password cannot be your logon name or e-mail address.'] },
    });
    expect((await inspectToken(token, acme.id, ['invitation'])).status).toBe('valid');

    expect(await setPasswordWithLink(ctx.tenant, { token, password: 'a-good-passphrase', confirm: 'a-good-passphrase' })).toBe(contact.id);
    const [saved] = await db.select().from(contacts).where(eq(contacts.id, contact.id));
    expect(saved.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await validateContactSession(old, acme.id, 'client')).toBeNull();
    await expect(setPasswordWithLink(ctx.tenant, { token, password: 'another-passphrase', confirm: 'another-passphrase' })).rejects.toThrow('This link was already used.');
  });
});

describe('tenant scoping', () => {
  it('treats a portal user of another tenant as not found, for every action', async () => {
    const { ctx, contact, globex, input } = await setup();
    const bill = await contact(globex.id, 'bill@initech.test');
    const notFound = 'That portal user was not found.';
    await expect(updatePortalUser(ctx, bill.id, input('bill@initech.test'))).rejects.toThrow(notFound);
    await expect(resendInvitation(ctx, bill.id)).rejects.toThrow(notFound);
    await expect(resetPortalUserPassword(ctx, bill.id)).rejects.toThrow(notFound);
    await expect(setPortalUserActive(ctx, bill.id, false)).rejects.toThrow(notFound);
    await expect(deletePortalUsers(ctx, [bill.id])).rejects.toThrow(notFound);
    expect((await contact(globex.id, 'bill@initech.test')).portalAccess).toBe(true);
  });

  it('never lists another tenant’s portal users', async () => {
    const { acme } = await setup();
    const { rows, total } = await getPortalUsersPage({ tenantId: acme.id, params: { sort: 'email', dir: 'asc', q: 'initech', size: 100, page: 1 } });
    expect(rows).toEqual([]);
    expect(total).toBe(0);
  });
});

describe('deactivating and deleting', () => {
  it('deactivation ends sessions at once; activation allows signing in again', async () => {
    const { ctx, input, acme } = await setup();
    const { contact } = await addPortalUser(ctx, input('deact@loop.org'));
    const session = await createSession({ tenantId: acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion });
    await setPortalUserActive(ctx, contact.id, false);
    expect(await validateContactSession(session, acme.id, 'client')).toBeNull();
    const back = await setPortalUserActive(ctx, contact.id, true);
    expect(back.portalAccess).toBe(true);
  });

  it('deletes all or nothing, ends sessions, and keeps the contact without portal access', async () => {
    const { ctx, input, acme, globex, contact, db } = await setup();
    const a = (await addPortalUser(ctx, input('del-a@loop.org'))).contact;
    const b = (await addPortalUser(ctx, input('del-b@loop.org'))).contact;
    const session = await createSession({ tenantId: acme.id, kind: 'client', contactId: a.id, sessionVersion: a.sessionVersion });
    const bill = await contact(globex.id, 'bill@initech.test');

    await expect(deletePortalUsers(ctx, [a.id, bill.id])).rejects.toThrow('That portal user was not found.');
    expect((await contact(acme.id, 'del-a@loop.org')).logonName).toBe('del-a@loop.org');

    expect(await deletePortalUsers(ctx, [a.id, b.id])).toBe(2);
    const gone = await contact(acme.id, 'del-a@loop.org');
    expect(gone).toMatchObject({ logonName: null, passwordHash: null, portalAccess: false });
    expect(await validateContactSession(session, acme.id, 'client')).toBeNull();
    expect(await db.select().from(oneTimeTokens).where(eq(oneTimeTokens.contactId, a.id))).toEqual([]);
    const { rows } = await getPortalUsersPage({ tenantId: acme.id, params: { sort: 'email', dir: 'asc', q: 'del-', size: 10, page: 1 } });
    expect(rows).toEqual([]);
  });
});

describe('the Portal Access list query', () => {
  it('filters on company, e-mail, name and logon name, treating % and _ literally', async () => {
    const { acme } = await setup();
    const page = (q: string, sort: 'company' | 'email' = 'email', dir: 'asc' | 'desc' = 'asc') =>
      getPortalUsersPage({ tenantId: acme.id, params: { sort, dir, q, size: 10, page: 1 } });
    expect((await page('cool air')).rows.map((r) => r.email)).toEqual(['franco@coolair.com', 'nataliya@coolair.com']);
    expect((await page('KOVALENKO')).rows.map((r) => r.email)).toEqual(['nataliya@coolair.com']);
    expect((await page('sales@')).rows.map((r) => r.company)).toEqual(['The Loop']);
    expect((await page('%')).total).toBe(0);
    expect((await page('_')).total).toBe(0);
    expect((await page('coolair', 'email', 'desc')).rows.map((r) => r.email)).toEqual(['nataliya@coolair.com', 'franco@coolair.com']);
  });

  it('pages in SQL with a total', async () => {
    const { acme } = await setup();
    const first = await getPortalUsersPage({ tenantId: acme.id, params: { sort: 'company', dir: 'asc', q: '', size: 10, page: 1 } });
    const beyond = await getPortalUsersPage({ tenantId: acme.id, params: { sort: 'company', dir: 'asc', q: '', size: 10, page: 99 } });
    expect(first.rows.length).toBe(Math.min(10, first.total));
    expect(first.rows[0].company).toBe('ABM Apartments');
    expect(beyond.rows).toEqual([]);
    expect(beyond.total).toBe(first.total);
  });
});
