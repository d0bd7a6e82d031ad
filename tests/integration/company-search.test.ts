/**
 * The company combobox's server search (issue 13): at most 20 matches of this tenant, by name as typed (`%` and `_`
 * literal), and only for callers whose form may choose a company — staff who edit portal users; a client Manager
 * with Logins, within their company and its subsidiaries. Everyone else is answered 404.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { companies, contacts, securityLevels, type User } from '@/lib/db/schema';
import { searchCompanies, SEARCH_LIMIT } from '@/lib/companies/search';
import { demo } from '../support/demo';

const request = vi.hoisted(() => ({ staff: null as unknown, client: null as unknown }));
vi.mock('@/lib/auth/staff', async (original) => ({ ...(await original<object>()), getStaff: async () => request.staff }));
vi.mock('@/lib/auth/client', () => ({ getClient: async () => request.client }));

const staffRoute = await import('@/app/s/[tenant]/admin/(shell)/portal-access/companies/route');
const clientRoute = await import('@/app/s/[tenant]/(portal)/portal-admin/logins/companies/route');

async function setup() {
  const d = await demo();
  const owner = await d.staff(d.acme.id, 'owner@acme.test');
  const helpdesk = await d.staff(d.acme.id, 'helpdesk@acme.test');
  const globexOwner = await d.staff(d.globex.id, 'owner@globex.test');
  const company = async (tenantId: string, name: string) =>
    (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0];
  const client = async (email: string, extra: object = {}) => {
    const [row] = await d.db
      .select({ contact: contacts, securityLevel: securityLevels })
      .from(contacts)
      .leftJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
      .where(and(eq(contacts.tenantId, d.acme.id), eq(contacts.email, email)));
    return { tenant: d.acme, preview: null, twoFactorPending: false, ...row, ...extra };
  };
  return { ...d, owner, helpdesk, globexOwner, company, client };
}

async function get(route: { GET: (r: Request) => Promise<Response> }, query: string) {
  const reply = await route.GET(new Request(`http://acme.localhost:3000/x?${query}`));
  return { status: reply.status, cache: reply.headers.get('cache-control'), body: await reply.json() };
}
const asStaff = (user: User, tenant: unknown) => (request.staff = { tenant, user, sessionToken: 'test' });
const names = (body: { matches: { name: string }[] }) => body.matches.map((m) => m.name);

describe('searching companies', () => {
  it('finds at most 20 of the tenant, by name, in order', async () => {
    const s = await setup();
    await s.db.insert(companies).values(Array.from({ length: 25 }, (_, i) => ({ tenantId: s.acme.id, name: `Bulk Search ${String(i).padStart(2, '0')}` })));
    await s.db.insert(companies).values({ tenantId: s.globex.id, name: 'Bulk Search Globex' });
    const found = await searchCompanies({ tenantId: s.acme.id, q: 'bulk SEARCH' });
    expect(found).toHaveLength(SEARCH_LIMIT);
    expect(found.map((c) => c.name)).toEqual(Array.from({ length: 20 }, (_, i) => `Bulk Search ${String(i).padStart(2, '0')}`));
    expect((await searchCompanies({ tenantId: s.globex.id, q: 'bulk search' })).map((c) => c.name)).toEqual(['Bulk Search Globex']);
  });

  it('takes % and _ literally, and finds nothing for a name no company has', async () => {
    const s = await setup();
    await s.db.insert(companies).values(['100% Cotton', 'Under_Score Ltd', 'UnderXScore Ltd'].map((name) => ({ tenantId: s.acme.id, name })));
    expect((await searchCompanies({ tenantId: s.acme.id, q: '%' })).map((c) => c.name)).toEqual(['100% Cotton']);
    expect((await searchCompanies({ tenantId: s.acme.id, q: 'under_' })).map((c) => c.name)).toEqual(['Under_Score Ltd']);
    expect(await searchCompanies({ tenantId: s.acme.id, q: 'no such company' })).toEqual([]);
  });

  it('carries the company e-mail and its primary contact e-mail, which the Add Portal User form pre-fills from', async () => {
    const s = await setup();
    const [coolAir] = await searchCompanies({ tenantId: s.acme.id, q: 'cool air' });
    expect(coolAir).toMatchObject({ name: 'Cool Air', email: 'office@coolair.com' });
    const primary = (await s.db.select().from(contacts).where(eq(contacts.id, (await s.company(s.acme.id, 'Cool Air')).primaryContactId ?? ''))).at(0);
    expect(coolAir.primaryEmail).toBe(primary ? primary.email.toLowerCase() : null);
  });
});

describe('the staff Portal Access route', () => {
  it('answers staff who edit portal users with private JSON, and the chosen company with its contacts without a login', async () => {
    const s = await setup();
    asStaff(s.owner, s.acme);
    const reply = await get(staffRoute, 'q=loop');
    expect(reply).toMatchObject({ status: 200, cache: 'private, no-store' });
    expect(names(reply.body)).toEqual(['The Loop']);
    const coolAir = await s.company(s.acme.id, 'Cool Air');
    await s.db.insert(contacts).values({ tenantId: s.acme.id, companyId: coolAir.id, firstName: 'Nolo', lastName: 'Gin', email: 'Nolo.Gin@coolair.com' });
    const chosen = await get(staffRoute, `id=${coolAir.id}`);
    expect(chosen.body.company.name).toBe('Cool Air');
    expect(chosen.body.contactsWithoutAccess).toContainEqual({ email: 'nolo.gin@coolair.com', firstName: 'Nolo', lastName: 'Gin' });
    expect(chosen.body.contactsWithoutAccess.map((c: { email: string }) => c.email)).not.toContain('franco@coolair.com');
  });

  it('is not found for view-only staff, no session, or another tenant’s ids; another tenant’s staff see only their own', async () => {
    const s = await setup();
    asStaff(s.helpdesk, s.acme);
    expect((await get(staffRoute, 'q=cool')).status).toBe(404);
    request.staff = null;
    expect((await get(staffRoute, 'q=cool')).status).toBe(404);
    asStaff(s.globexOwner, s.globex);
    expect(names((await get(staffRoute, 'q=cool')).body)).toEqual([]);
    expect((await get(staffRoute, `id=${(await s.company(s.acme.id, 'Cool Air')).id}`)).status).toBe(404);
    expect((await get(staffRoute, 'id=not-a-uuid')).status).toBe(404);
  });
});

describe('the client Portal Admin › Logins route', () => {
  it('finds only the Manager’s company tree', async () => {
    const s = await setup();
    request.client = await s.client('nataliya@coolair.com');
    expect(names((await get(clientRoute, 'q=')).body)).toEqual(['Cool Air']);
    expect(names((await get(clientRoute, 'q=loop')).body)).toEqual([]);
    expect((await get(clientRoute, `id=${(await s.company(s.acme.id, 'The Loop')).id}`)).status).toBe(404);
    expect((await get(clientRoute, `id=${(await s.company(s.acme.id, 'Cool Air')).id}`)).status).toBe(200);
  });

  it('is not found for a Basic user, a preview, or no session', async () => {
    const s = await setup();
    request.client = await s.client('franco@coolair.com');
    expect((await get(clientRoute, 'q=cool')).status).toBe(404);
    request.client = await s.client('nataliya@coolair.com', { preview: { staffName: 'Owner' } });
    expect((await get(clientRoute, 'q=cool')).status).toBe(404);
    request.client = null;
    expect((await get(clientRoute, 'q=cool')).status).toBe(404);
  });
});
