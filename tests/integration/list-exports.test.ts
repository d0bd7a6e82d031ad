/**
 * CSV export of every invoices and hours list (issue 12): the staff Invoices list with its on-screen filters, a
 * company's hours lists for staff, and the client's Invoices dashboard — each scoped to the tenant (and for clients
 * to their company and level), formula cells guarded, anyone else answered 404.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { companies, contacts, invoices, securityLevels, tenants, timeEntries, type Tenant } from '@/lib/db/schema';
import { demo } from '../support/demo';

const request = vi.hoisted(() => ({ staff: null as unknown, client: null as unknown }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ host: 'acme.admin.localhost:3000' }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => request.staff }));
vi.mock('@/lib/auth/client', async (original) => ({ ...(await original<object>()), getClient: async () => request.client }));

const staffInvoices = await import('@/app/s/[tenant]/admin/(shell)/invoices/csv/route');
const staffHours = await import('@/app/s/[tenant]/admin/(shell)/companies/[companyId]/hours/csv/route');
const portalInvoices = await import('@/app/s/[tenant]/(portal)/invoices/csv/route');

const EVIL = '=HYPERLINK("http://evil.example","x")';
let s: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const d = await demo();
  const company = async (tenantId: string, name: string) => (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0];
  const coolAir = await company(d.acme.id, 'Cool Air');
  const loop = await company(d.acme.id, 'The Loop');
  const initech = await company(d.globex.id, 'Initech');
  const [evil] = await d.db.insert(companies).values({ tenantId: d.acme.id, name: EVIL }).returning();
  const [{ number }] = await d.db
    .update(tenants)
    .set({ lastInvoiceNumber: 9001 })
    .where(eq(tenants.id, d.acme.id))
    .returning({ number: tenants.lastInvoiceNumber });
  await d.db.insert(invoices).values({ tenantId: d.acme.id, companyId: evil.id, number, issueDate: '2026-01-01', dueDate: '2026-01-31', status: 'paid', total: '12.50' });
  await d.db.insert(timeEntries).values({ tenantId: d.acme.id, companyId: coolAir.id, workedOn: '2026-02-02', hours: '0.5', workerName: '@SUM(A1)', description: '+1+1' });
  const [globexInvoice] = await d.db
    .insert(invoices)
    .values({ tenantId: d.globex.id, companyId: initech.id, number: 7777, issueDate: '2026-01-01', dueDate: '2026-01-31', status: 'sent', total: '99.00' })
    .returning();
  const all = await d.db.select().from(invoices).where(eq(invoices.tenantId, d.acme.id));
  return { ...d, coolAir, loop, initech, evil, evilNumber: number, globexInvoice, all };
}

beforeAll(async () => {
  s = await setup();
});

async function signInStaff(tenant: Tenant, email: string) {
  request.client = null;
  request.staff = { tenant, user: await s.staff(tenant.id, email), sessionToken: 'test' };
}

async function signInClient(tenant: Tenant, email: string) {
  const [row] = await s.db
    .select({ contact: contacts, securityLevel: securityLevels })
    .from(contacts)
    .leftJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
    .where(and(eq(contacts.tenantId, tenant.id), eq(contacts.email, email)));
  request.staff = null;
  request.client = { tenant, contact: row.contact, securityLevel: row.securityLevel, twoFactorPending: false, preview: null, sessionToken: 't' };
}

const get = (path: string) => new Request(`http://acme.localhost:3000${path}`);
/** The data rows of a CSV response (BOM and header dropped). */
const rowsOf = async (res: Response) => (await res.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).slice(1);
const firstCells = (rows: string[]) => rows.map((r) => Number(r.split(',')[0]));
const hours = (companyId: string, list: string) => staffHours.GET(get(`/admin/companies/${companyId}/hours/csv?list=${list}`), { params: Promise.resolve({ companyId }) });
const numbersOf = (filter: (i: (typeof s.all)[number]) => boolean) =>
  s.all
    .filter(filter)
    .map((i) => i.number)
    .sort((a, b) => b - a);

describe('staff Invoices CSV', () => {
  it('lists every invoice of the tenant, newest number first, with the headers and a guarded company name', async () => {
    await signInStaff(s.acme, 'owner@acme.test');
    const res = await staffInvoices.GET(get('/admin/invoices/csv'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    const rows = await rowsOf(res);
    expect(firstCells(rows)).toEqual(numbersOf(() => true));
    expect(rows.join('\n')).not.toContain('7777');
    const evilRow = rows.find((r) => r.startsWith(`${s.evilNumber},`));
    expect(evilRow).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(evilRow).toMatch(/,Paid$/);
  });

  it('honours the company and status filters as the page does', async () => {
    await signInStaff(s.acme, 'owner@acme.test');
    const coolAir = await rowsOf(await staffInvoices.GET(get(`/admin/invoices/csv?company=${s.coolAir.id}`)));
    expect(firstCells(coolAir)).toEqual(numbersOf((i) => i.companyId === s.coolAir.id));
    expect(coolAir.every((r) => r.includes(',Cool Air,'))).toBe(true);
    const drafts = await rowsOf(await staffInvoices.GET(get(`/admin/invoices/csv?company=${s.coolAir.id}&status=draft`)));
    expect(firstCells(drafts)).toEqual(numbersOf((i) => i.companyId === s.coolAir.id && i.status === 'draft'));
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((r) => r.endsWith(',Draft'))).toBe(true);
  });

  it('view-only staff download what they see; another tenant’s staff see only their own; no session is 404', async () => {
    await signInStaff(s.acme, 'helpdesk@acme.test');
    expect((await staffInvoices.GET(get('/admin/invoices/csv'))).status).toBe(200);
    await signInStaff(s.globex, 'owner@globex.test');
    const globex = await rowsOf(await staffInvoices.GET(get(`/admin/invoices/csv?company=${s.coolAir.id}`)));
    expect(globex).toEqual([]);
    expect(firstCells(await rowsOf(await staffInvoices.GET(get('/admin/invoices/csv'))))).toContain(7777);
    request.staff = null;
    expect((await staffInvoices.GET(get('/admin/invoices/csv'))).status).toBe(404);
  });
});

describe('staff hours CSVs', () => {
  it('blocks, retainers and time entries of the company, formulas guarded', async () => {
    await signInStaff(s.acme, 'owner@acme.test');
    const blocks = await rowsOf(await hours(s.coolAir.id, 'blocks'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatch(/^40-hour block,.*,40,10\.75,29\.25,no$/);
    const retainers = await rowsOf(await hours(s.coolAir.id, 'retainers'));
    expect(retainers.length).toBeGreaterThanOrEqual(3);
    const entries = await rowsOf(await hours(s.coolAir.id, 'entries'));
    expect(entries).toContain("2026-02-02,0.50,'@SUM(A1),,'+1+1,yes,");
    const loop = await rowsOf(await hours(s.loop.id, 'entries'));
    expect(loop.join('\n')).not.toContain('+1+1');
  });

  it('another tenant’s company, an unknown list and no session: 404', async () => {
    await signInStaff(s.globex, 'owner@globex.test');
    expect((await hours(s.coolAir.id, 'entries')).status).toBe(404);
    await signInStaff(s.acme, 'owner@acme.test');
    expect((await hours(s.initech.id, 'blocks')).status).toBe(404);
    expect((await hours(s.coolAir.id, 'everything')).status).toBe(404);
    expect((await hours('not-a-uuid', 'blocks')).status).toBe(404);
    request.staff = null;
    expect((await hours(s.coolAir.id, 'blocks')).status).toBe(404);
  });
});

describe('client Invoices CSV', () => {
  it('Nataliya (Manager) gets Cool Air’s sent invoices only, in the dashboard’s order and filter', async () => {
    await signInClient(s.acme, 'nataliya@coolair.com');
    const res = await portalInvoices.GET(get('/invoices/csv?sort=number&dir=asc'));
    expect(res.status).toBe(200);
    const rows = await rowsOf(res);
    const visible = numbersOf((i) => i.companyId === s.coolAir.id && i.status !== 'draft').reverse();
    expect(firstCells(rows)).toEqual(visible);
    expect(rows.some((r) => r.endsWith(',Draft'))).toBe(false);
    const paid = await rowsOf(await portalInvoices.GET(get('/invoices/csv?status=paid')));
    expect(paid.length).toBeGreaterThan(0);
    expect(firstCells(paid)).toEqual(numbersOf((i) => i.companyId === s.coolAir.id && i.status === 'paid'));
  });

  it('Franco (Basic), no session and a two-factor-pending session: 404; another tenant’s client sees only their own', async () => {
    await signInClient(s.acme, 'franco@coolair.com');
    expect((await portalInvoices.GET(get('/invoices/csv'))).status).toBe(404);
    await signInClient(s.acme, 'nataliya@coolair.com');
    request.client = { ...(request.client as object), twoFactorPending: true };
    expect((await portalInvoices.GET(get('/invoices/csv'))).status).toBe(404);
    request.client = null;
    expect((await portalInvoices.GET(get('/invoices/csv'))).status).toBe(404);
    // Bill's level is given invoices.view: he then sees Initech's invoice, never one of Cool Air's.
    await signInClient(s.globex, 'bill@initech.test');
    const bill = request.client as { securityLevel: { permissions: string[] } };
    request.client = { ...bill, securityLevel: { ...bill.securityLevel, permissions: [...bill.securityLevel.permissions, 'invoices.view'] } };
    const rows = await rowsOf(await portalInvoices.GET(get('/invoices/csv')));
    expect(firstCells(rows)).toEqual([7777]);
  });
});
