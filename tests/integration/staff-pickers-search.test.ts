/**
 * The staff forms' and list filters' comboboxes (issue 13): GET /admin/companies/search (any staff member of the
 * tenant) and /admin/contacts/search (staff who edit tickets, optionally within one company) answer at most 20
 * matches of the tenant, `%` and `_` literal. Everyone else is answered 404.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { companies, contacts, type StaffPermission, type User } from '@/lib/db/schema';
import { getCompanyName } from '@/lib/companies/pickers';
import { demo } from '../support/demo';

const request = vi.hoisted(() => ({ staff: null as unknown }));
vi.mock('@/lib/auth/staff', async (original) => ({ ...(await original<object>()), getStaff: async () => request.staff }));

const companyRoute = await import('@/app/s/[tenant]/admin/(shell)/companies/search/route');
const contactRoute = await import('@/app/s/[tenant]/admin/(shell)/contacts/search/route');

async function setup() {
  const d = await demo();
  const owner = await d.staff(d.acme.id, 'owner@acme.test');
  const helpdesk = await d.staff(d.acme.id, 'helpdesk@acme.test');
  const globexOwner = await d.staff(d.globex.id, 'owner@globex.test');
  const company = async (tenantId: string, name: string) =>
    (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0];
  return { ...d, owner, helpdesk, globexOwner, company };
}

type Route = { GET: (r: Request) => Promise<Response> };
async function get(route: Route, query: string) {
  const reply = await route.GET(new Request(`http://acme.admin.localhost:3000/x?${query}`));
  return { status: reply.status, cache: reply.headers.get('cache-control'), body: await reply.json() };
}
const asStaff = (user: User, tenant: unknown, permissions?: StaffPermission[]) =>
  (request.staff = { tenant, user: permissions ? { ...user, permissions } : user, sessionToken: 'test' });
const names = (body: { matches: { name: string }[] }) => body.matches.map((m) => m.name);
const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

describe('the staff company search', () => {
  it('answers any staff member of the tenant — view-only too — with at most 20 of its companies by name, as private JSON', async () => {
    const s = await setup();
    await s.db.insert(companies).values(Array.from({ length: 25 }, (_, i) => ({ tenantId: s.acme.id, name: `Picker Bulk ${String(i).padStart(2, '0')}` })));
    await s.db.insert(companies).values({ tenantId: s.globex.id, name: 'Picker Bulk Globex' });
    asStaff(s.helpdesk, s.acme);
    const reply = await get(companyRoute, 'q=picker bulk');
    expect(reply).toMatchObject({ status: 200, cache: 'private, no-store' });
    expect(names(reply.body)).toEqual(Array.from({ length: 20 }, (_, i) => `Picker Bulk ${String(i).padStart(2, '0')}`));
    expect(Object.keys(reply.body.matches[0]).sort()).toEqual(['id', 'name']);
    expect((await get(companyRoute, '')).body.matches).toHaveLength(20);
    asStaff(s.globexOwner, s.globex);
    expect(names((await get(companyRoute, 'q=picker bulk')).body)).toEqual(['Picker Bulk Globex']);
  });

  it('takes % and _ literally', async () => {
    const s = await setup();
    await s.db.insert(companies).values(['Pick 50% Off', 'Pick_Under', 'PickXUnder'].map((name) => ({ tenantId: s.acme.id, name })));
    asStaff(s.owner, s.acme);
    expect(names((await get(companyRoute, query({ q: 'pick 50%' }))).body)).toEqual(['Pick 50% Off']);
    expect(names((await get(companyRoute, query({ q: 'pick_' }))).body)).toEqual(['Pick_Under']);
    expect(names((await get(companyRoute, query({ q: '%%' }))).body)).toEqual([]);
  });

  it('is not found without a staff session of this tenant', async () => {
    await setup();
    request.staff = null;
    expect((await get(companyRoute, 'q=cool')).status).toBe(404);
  });
});

describe('the staff contact search', () => {
  it('answers staff who edit tickets with the contacts of one company, by name, e-mail or logon', async () => {
    const s = await setup();
    const coolAir = await s.company(s.acme.id, 'Cool Air');
    const loop = await s.company(s.acme.id, 'The Loop');
    await s.db.insert(contacts).values([
      { tenantId: s.acme.id, companyId: coolAir.id, companyName: 'Cool Air', firstName: 'Pia', lastName: 'Picker', email: 'pia.picker@coolair.com' },
      { tenantId: s.acme.id, companyId: loop.id, companyName: 'The Loop', firstName: 'Pete', lastName: 'Picker', email: 'pete.picker@loop.org' },
    ]);
    asStaff(s.helpdesk, s.acme, ['tickets.edit']);
    const within = await get(contactRoute, query({ q: 'picker', company: coolAir.id }));
    expect(within).toMatchObject({ status: 200, cache: 'private, no-store' });
    expect(within.body.matches).toEqual([{ id: expect.any(String), name: 'Pia Picker', companyId: coolAir.id }]);
    expect(names((await get(contactRoute, query({ q: 'PETE.PICKER@', company: loop.id }))).body)).toEqual(['Pete Picker']);
    expect(names((await get(contactRoute, query({ q: 'picker' }))).body)).toEqual(['Pete Picker', 'Pia Picker']);
    expect((await get(contactRoute, query({ q: 'picker', company: 'not-a-uuid' }))).body.matches).toEqual([]);
  });

  it('finds at most 20, takes % and _ literally, and never another tenant’s contacts', async () => {
    const s = await setup();
    const coolAir = await s.company(s.acme.id, 'Cool Air');
    await s.db.insert(contacts).values(
      Array.from({ length: 22 }, (_, i) => ({
        tenantId: s.acme.id,
        companyId: coolAir.id,
        companyName: 'Cool Air',
        firstName: 'Bulk',
        lastName: `Contact${String(i).padStart(2, '0')}`,
        email: `bulk${i}@coolair.com`,
      })),
    );
    await s.db.insert(contacts).values([
      { tenantId: s.acme.id, companyId: coolAir.id, companyName: 'Cool Air', firstName: 'Per', lastName: 'Cent', email: 'per_cent%@coolair.com' },
      { tenantId: s.acme.id, companyId: coolAir.id, companyName: 'Cool Air', firstName: 'Perx', lastName: 'Centx', email: 'perxcentx@coolair.com' },
    ]);
    asStaff(s.owner, s.acme);
    const bulk = await get(contactRoute, query({ q: 'bulk contact', company: coolAir.id }));
    expect(names(bulk.body)).toEqual(Array.from({ length: 20 }, (_, i) => `Bulk Contact${String(i).padStart(2, '0')}`));
    expect(names((await get(contactRoute, query({ q: 'per_cent%' }))).body)).toEqual(['Per Cent']);
    asStaff(s.globexOwner, s.globex);
    expect((await get(contactRoute, query({ q: 'bulk contact' }))).body.matches).toEqual([]);
    expect((await get(contactRoute, query({ q: '', company: coolAir.id }))).body.matches).toEqual([]);
  });

  it('is not found for view-only staff or no session', async () => {
    const s = await setup();
    asStaff(s.helpdesk, s.acme);
    expect((await get(contactRoute, 'q=cool')).status).toBe(404);
    asStaff(s.owner, s.acme, ['projects.edit', 'invoices.edit']);
    expect((await get(contactRoute, 'q=cool')).status).toBe(404);
    request.staff = null;
    expect((await get(contactRoute, 'q=cool')).status).toBe(404);
  });
});

describe('looking up the chosen company by id', () => {
  it('shows a list filter the chosen company, never another tenant’s', async () => {
    const s = await setup();
    const coolAir = await s.company(s.acme.id, 'Cool Air');
    expect(await getCompanyName({ tenantId: s.acme.id, companyId: coolAir.id })).toEqual({ id: coolAir.id, name: 'Cool Air' });
    expect(await getCompanyName({ tenantId: s.globex.id, companyId: coolAir.id })).toBeNull();
    expect(await getCompanyName({ tenantId: s.acme.id, companyId: null })).toBeNull();
  });
});
