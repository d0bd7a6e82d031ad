import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as service from '@/lib/companies/service';
import type { CompanyInput } from '@/lib/companies/schemas';
import { companies } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const createCompany = staffOp(service.createCompany, 'portal_users.edit', 'company.create');
const updateCompany = staffOp(service.updateCompany, 'portal_users.edit', 'company.update');
const createContact = staffOp(service.createContact, 'portal_users.edit', 'contact.create');
const updateContact = staffOp(service.updateContact, 'portal_users.edit', 'contact.update');

async function setup() {
  const d = await demo();
  const ctx: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const company = async (tenantId: string, name: string) =>
    (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0];
  const base: CompanyInput = { name: 'X', email: null, parentCompanyId: null, primaryContactId: null, billingContactId: null, portalEnabled: true, knowledgeBaseEnabled: false, twoFactorRequired: false };
  return { ...d, ctx, helpdesk, company, base };
}

describe('companies', () => {
  it('are created portal-enabled, with a parent of the same tenant', async () => {
    const { ctx, base, company, acme } = await setup();
    const coolAir = await company(acme.id, 'Cool Air');
    const created = await createCompany(ctx, { ...base, name: 'Cool Air South', parentCompanyId: coolAir.id });
    expect(created).toMatchObject({ tenantId: acme.id, parentCompanyId: coolAir.id, portalEnabled: true });
  });

  it('refuse a parent of another tenant, themselves, or their own subsidiary', async () => {
    const { ctx, base, company, acme, globex } = await setup();
    const initech = await company(globex.id, 'Initech');
    await expect(createCompany(ctx, { ...base, parentCompanyId: initech.id })).rejects.toMatchObject({ fieldErrors: { parentCompanyId: ['Choose a parent company from the list.'] } });
    const top = await createCompany(ctx, { ...base, name: 'Top' });
    const child = await createCompany(ctx, { ...base, name: 'Child', parentCompanyId: top.id });
    const grandchild = await createCompany(ctx, { ...base, name: 'Grandchild', parentCompanyId: child.id });
    await expect(updateCompany(ctx, top.id, { ...base, name: 'Top', parentCompanyId: top.id })).rejects.toMatchObject({ fieldErrors: { parentCompanyId: ['A company cannot be its own parent.'] } });
    await expect(updateCompany(ctx, top.id, { ...base, name: 'Top', parentCompanyId: grandchild.id })).rejects.toMatchObject({
      fieldErrors: { parentCompanyId: ['A subsidiary of this company cannot be its parent.'] },
    });
    expect((await company(acme.id, 'Top')).parentCompanyId).toBeNull();
  });

  it('take primary and billing contacts only from their own contacts', async () => {
    const { ctx, base, company, acme, contact } = await setup();
    const coolAir = await company(acme.id, 'Cool Air');
    const franco = await contact(acme.id, 'franco@coolair.com');
    const sasha = await contact(acme.id, 'sales@loop.org');
    const updated = await updateCompany(ctx, coolAir.id, { ...base, name: 'Cool Air', email: 'office@coolair.com', billingContactId: franco.id });
    expect(updated.billingContactId).toBe(franco.id);
    await expect(updateCompany(ctx, coolAir.id, { ...base, name: 'Cool Air', billingContactId: sasha.id })).rejects.toMatchObject({
      fieldErrors: { billingContactId: ['Choose a contact of this company.'] },
    });
  });

  it('of another tenant are not found, and editing needs the permission', async () => {
    const { ctx, helpdesk, base, company, globex, acme } = await setup();
    const initech = await company(globex.id, 'Initech');
    await expect(updateCompany(ctx, initech.id, { ...base, name: 'Mine now' })).rejects.toThrow('That company was not found.');
    await expect(createContact(ctx, initech.id, { firstName: 'A', lastName: '', email: 'a@initech.test', phone: null })).rejects.toThrow('That company was not found.');
    await expect(createCompany(helpdesk, { ...base, name: 'Nope' })).rejects.toThrow('You do not have permission to edit portal user settings.');
    expect(await company(acme.id, 'Nope')).toBeUndefined();
    expect((await company(globex.id, 'Initech')).name).toBe('Initech');
  });
});

describe('contacts', () => {
  it('need an e-mail unique in the tenant, and other tenants’ contacts are not found', async () => {
    const { ctx, company, acme, globex, contact } = await setup();
    const loop = await company(acme.id, 'The Loop');
    await expect(createContact(ctx, loop.id, { firstName: 'Dup', lastName: '', email: 'FRANCO@coolair.com', phone: null })).rejects.toMatchObject({
      fieldErrors: { email: ['This e-mail is already used by another contact.'] },
    });
    const created = await createContact(ctx, loop.id, { firstName: 'Lou', lastName: 'Loop', email: 'lou@loop.org', phone: '555-0100' });
    expect(created).toMatchObject({ portalAccess: false, logonName: null, companyId: loop.id });
    const updated = await updateContact(ctx, created.id, { firstName: 'Louis', lastName: 'Loop', email: 'louis@loop.org', phone: null });
    expect(updated.email).toBe('louis@loop.org');
    const bill = await contact(globex.id, 'bill@initech.test');
    await expect(updateContact(ctx, bill.id, { firstName: 'X', lastName: '', email: 'x@x.x', phone: null })).rejects.toThrow('That contact was not found.');
  });
});

describe('the company name shown in Portal Access', () => {
  it('follows a rename of the company and a move of the contact', async () => {
    const { ctx, base, company, acme, contact, db } = await setup();
    const { getPortalUsersPage } = await import('@/lib/portal-users/queries');
    const { contacts } = await import('@/lib/db/schema');
    const list = async (q: string) => (await getPortalUsersPage({ tenantId: acme.id, params: { sort: 'company', dir: 'asc', q, size: 10, page: 1 } })).rows;
    const abm = await company(acme.id, 'ABM Apartments');
    await updateCompany(ctx, abm.id, { ...base, name: 'ABM Apartment Homes', email: 'info@abmapartments.com' });
    expect((await list('apartment homes')).map((r) => r.email)).toEqual(['info@abmapartments.com']);
    expect(await list('abm apartments')).toEqual([]);

    const irene = await contact(acme.id, 'info@abmapartments.com');
    const loop = await company(acme.id, 'The Loop');
    await db.update(contacts).set({ companyId: loop.id }).where(eq(contacts.id, irene.id));
    expect((await list('info@abm')).map((r) => r.company)).toEqual(['The Loop']);
  });
});
