/**
 * Invoices as portal users see them (issue 12): only through `visibleInvoices` — a level with "invoices.view",
 * their own company, their tenant, never a draft — in lists, counts, one invoice and its PDF.
 */
import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { companies, invoices } from '@/lib/db/schema';
import type { ClientContext } from '@/lib/errors';
import { demo } from '../support/demo';
import { clientContext } from '../support/client-work';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>() }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
  headers: async () => new Headers({ host: 'acme.localhost:3000' }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => null }));

const portal = await import('@/lib/invoices/portal');
const { CLIENT_COOKIE } = await import('@/lib/auth/client');
const { createSession } = await import('@/lib/auth/sessions');
const { GET: pdfRoute } = await import('@/app/s/[tenant]/(portal)/invoices/[invoiceId]/pdf/route');
const { displayStatus, formatAmount, canPayOnline } = await import('@/lib/invoices/portal-status');

let s: Awaited<ReturnType<typeof setup>>;

async function setup() {
  const d = await demo();
  const company = async (tenantId: string, name: string) => (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0];
  const coolAir = await company(d.acme.id, 'Cool Air');
  const loop = await company(d.acme.id, 'The Loop');
  const all = await d.db.select().from(invoices).where(eq(invoices.tenantId, d.acme.id));
  const bill = await clientContext(d.globex, 'bill@initech.test');
  // Another tenant's sent invoice for its own client, with a number Cool Air also uses.
  const [globexInvoice] = await d.db
    .insert(invoices)
    .values({ tenantId: d.globex.id, companyId: bill.contact.companyId, number: all[0].number, issueDate: '2026-01-01', dueDate: '2026-01-31', status: 'sent', total: '99.00' })
    .returning();
  const withInvoices = (ctx: ClientContext): ClientContext => ({ ...ctx, viewer: { ...ctx.viewer, permissions: [...ctx.viewer.permissions, 'invoices.view'] } });
  const nataliya = await clientContext(d.acme, 'nataliya@coolair.com');
  return {
    ...d,
    coolAir,
    loop,
    all,
    globexInvoice,
    nataliya,
    franco: await clientContext(d.acme, 'franco@coolair.com'),
    sasha: await clientContext(d.acme, 'sales@loop.org'),
    irene: await clientContext(d.acme, 'info@abmapartments.com'),
    bill: withInvoices(bill),
    // Nataliya's company and permissions, but another tenant: nothing of Cool Air leaks across.
    crossTenant: { ...nataliya, viewer: { ...nataliya.viewer, tenantId: d.globex.id } } as ClientContext,
  };
}

beforeAll(async () => {
  s = await setup();
});

const of = (companyId: string, filter: (status: string) => boolean = (st) => st !== 'draft') =>
  s.all.filter((i) => i.companyId === companyId && filter(i.status)).map((i) => i.number).sort((a, b) => a - b);
const numbers = async (ctx: ClientContext, query: Parameters<typeof portal.listPortalInvoices>[1] = {}) =>
  (await portal.listPortalInvoices(ctx.viewer, query)).rows.map((r) => r.number).sort((a, b) => a - b);

describe('who sees which invoices', () => {
  it('the demo has drafts and invoices of both companies to hide', () => {
    expect(of(s.coolAir.id, (st) => st === 'draft')).toHaveLength(1);
    expect(of(s.coolAir.id)).toHaveLength(4);
    expect(of(s.loop.id)).toHaveLength(4);
  });

  it("Nataliya (Manager) sees Cool Air's non-draft invoices, with the right count", async () => {
    const list = await portal.listPortalInvoices(s.nataliya.viewer);
    expect(list.rows.map((r) => r.number).sort((a, b) => a - b)).toEqual(of(s.coolAir.id));
    expect(list.total).toBe(4);
    expect(list.rows.some((r) => r.status === 'draft')).toBe(false);
  });

  it("Sasha (Advanced) sees only The Loop's", async () => {
    expect(await numbers(s.sasha)).toEqual(of(s.loop.id));
  });

  it('Franco (Basic) and Irene (Basic, no invoices) see nothing, not even a count', async () => {
    for (const ctx of [s.franco, s.irene]) {
      const list = await portal.listPortalInvoices(ctx.viewer);
      expect(list.rows).toEqual([]);
      expect(list.total).toBe(0);
    }
  });

  it('another tenant: its own invoice only, and nothing of acme under the same company id', async () => {
    expect((await portal.listPortalInvoices(s.bill.viewer)).rows.map((r) => r.id)).toEqual([s.globexInvoice.id]);
    expect((await portal.listPortalInvoices(s.crossTenant.viewer)).total).toBe(0);
    expect(await portal.findPortalInvoice(s.nataliya.viewer, s.globexInvoice.id)).toBeNull();
  });

  it('one invoice: its lines in order for the owner; null for a draft, another company, a Basic user, a bad id', async () => {
    const sent = s.all.find((i) => i.companyId === s.coolAir.id && i.status === 'sent')!;
    const found = await portal.findPortalInvoice(s.nataliya.viewer, sent.id);
    expect(found?.invoice.number).toBe(sent.number);
    expect(found?.lines.length).toBeGreaterThan(0);
    const draft = s.all.find((i) => i.companyId === s.coolAir.id && i.status === 'draft')!;
    expect(await portal.findPortalInvoice(s.nataliya.viewer, draft.id)).toBeNull();
    expect(await portal.findPortalInvoice(s.sasha.viewer, sent.id)).toBeNull();
    expect(await portal.findPortalInvoice(s.franco.viewer, sent.id)).toBeNull();
    expect(await portal.findPortalInvoice(s.crossTenant.viewer, sent.id)).toBeNull();
    expect(await portal.findPortalInvoice(s.nataliya.viewer, 'not-a-uuid')).toBeNull();
    expect(await portal.portalInvoicePdfData(s.sasha.viewer, sent.id)).toBeNull();
    const pdf = await portal.portalInvoicePdfData(s.nataliya.viewer, sent.id);
    expect(pdf?.company.name).toBe('Cool Air');
    expect(pdf?.tenant.address).not.toBe('');
    expect(pdf?.invoice.total).toBe(sent.total);
  });
});

describe('filter, sort and paging', () => {
  it('Overdue is a sent invoice past its due date; Sent is the rest of the sent ones', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const coolAir = s.all.filter((i) => i.companyId === s.coolAir.id);
    const overdue = coolAir.filter((i) => i.status === 'sent' && i.dueDate < today).map((i) => i.number);
    const open = coolAir.filter((i) => i.status === 'sent' && i.dueDate >= today).map((i) => i.number);
    expect(overdue).toHaveLength(1);
    expect(open).toHaveLength(1);
    expect(await numbers(s.nataliya, { status: 'overdue' })).toEqual(overdue);
    expect(await numbers(s.nataliya, { status: 'sent' })).toEqual(open);
    expect(await numbers(s.nataliya, { status: 'paid' })).toEqual(coolAir.filter((i) => i.status === 'paid').map((i) => i.number));
    expect((await portal.listPortalInvoices(s.nataliya.viewer, { status: 'overdue' })).total).toBe(1);
    // A later "today" makes the other sent invoice overdue as well.
    expect(await numbers(s.nataliya, { status: 'overdue', today: '2999-01-01' })).toEqual([...overdue, ...open].sort((a, b) => a - b));
    expect(await numbers(s.franco, { status: 'overdue' })).toEqual([]);
  });

  it('sorts by each column both ways, in SQL', async () => {
    const rows = s.all.filter((i) => i.companyId === s.coolAir.id && i.status !== 'draft');
    const by = (key: 'number' | 'issueDate' | 'dueDate' | 'total', dir: 'asc' | 'desc') =>
      [...rows]
        .sort((a, b) => {
          const cmp = key === 'total' ? Number(a.total) - Number(b.total) || a.number - b.number : key === 'number' ? a.number - b.number : a[key].localeCompare(b[key]) || a.number - b.number;
          return dir === 'asc' ? cmp : -cmp;
        })
        .map((i) => i.number);
    for (const sort of portal.INVOICE_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        expect((await portal.listPortalInvoices(s.nataliya.viewer, { sort, dir })).rows.map((r) => r.number), `${sort} ${dir}`).toEqual(by(sort, dir));
      }
    }
  });

  it('pages of 20 with the total of all pages; an out-of-range page is the last one', async () => {
    const [base] = s.all.filter((i) => i.companyId === s.loop.id && i.status === 'paid');
    const start = Math.max(...s.all.map((i) => i.number)) + 1000;
    await s.db.insert(invoices).values(
      Array.from({ length: 21 }, (_, n) => ({ tenantId: s.acme.id, companyId: s.loop.id, number: start + n, issueDate: base.issueDate, dueDate: base.dueDate, status: 'paid' as const, total: '10.00' })),
    );
    const first = await portal.listPortalInvoices(s.sasha.viewer, { sort: 'number', dir: 'asc' });
    expect(first.total).toBe(25);
    expect(first.pages).toBe(2);
    expect(first.rows).toHaveLength(20);
    const second = await portal.listPortalInvoices(s.sasha.viewer, { sort: 'number', dir: 'asc', page: 2 });
    expect(second.rows).toHaveLength(5);
    expect(new Set([...first.rows, ...second.rows].map((r) => r.id)).size).toBe(25);
    expect((await portal.listPortalInvoices(s.sasha.viewer, { page: 99 })).page).toBe(2);
    expect((await portal.listPortalInvoices(s.nataliya.viewer)).total).toBe(4);
  });

  it('reads URL values strictly', () => {
    expect(portal.parseInvoiceQuery({ status: 'draft', sort: 'tenantId', dir: 'sideways', page: '-3' })).toEqual({ status: undefined, sort: 'issueDate', dir: 'desc', page: 1 });
    expect(portal.parseInvoiceQuery({ status: 'overdue', sort: 'total', dir: 'asc', page: '2' })).toEqual({ status: 'overdue', sort: 'total', dir: 'asc', page: 2 });
  });
});

describe('status and amounts as shown', () => {
  it('Overdue from the due date; Pay online only while sent with a link', () => {
    expect(displayStatus({ status: 'sent', dueDate: '2026-01-09' }, '2026-01-10')).toBe('overdue');
    expect(displayStatus({ status: 'sent', dueDate: '2026-01-10' }, '2026-01-10')).toBe('sent');
    expect(displayStatus({ status: 'paid', dueDate: '2026-01-01' }, '2026-01-10')).toBe('paid');
    expect(canPayOnline({ status: 'sent', paymentLink: 'https://pay.example/1' })).toBe(true);
    expect(canPayOnline({ status: 'paid', paymentLink: 'https://pay.example/1' })).toBe(false);
    expect(canPayOnline({ status: 'void', paymentLink: 'https://pay.example/1' })).toBe(false);
    expect(canPayOnline({ status: 'sent', paymentLink: null })).toBe(false);
  });

  it("formats exact amounts in the contact's number format", () => {
    expect(formatAmount('1234567.5', 'USD', '1,234.56')).toBe('1,234,567.50 USD');
    expect(formatAmount('1234.5', 'EUR', '1.234,56')).toBe('1.234,50 EUR');
    expect(formatAmount('-1234.56', 'CAD', '1 234,56')).toBe('-1\u202f234,56 CAD');
    expect(formatAmount('1234', 'JPY', '1,234.56')).toBe('1,234 JPY');
    expect(formatAmount('0.005', 'USD', '1,234.56')).toBe('0.01 USD');
  });
});

describe('the PDF route', () => {
  const signIn = async (ctx: ClientContext | null) => {
    request.cookies.clear();
    if (ctx) request.cookies.set(CLIENT_COOKIE, await createSession({ tenantId: ctx.tenant.id, kind: 'client', contactId: ctx.contact.id, sessionVersion: ctx.contact.sessionVersion }));
  };
  const get = (invoiceId: string) => pdfRoute(new Request(`http://acme.localhost:3000/invoices/${invoiceId}/pdf`), { params: Promise.resolve({ invoiceId }) });

  it("serves Nataliya her company's invoice as a private PDF, the same bytes every time", async () => {
    const sent = s.all.find((i) => i.companyId === s.coolAir.id && i.status === 'sent')!;
    await signIn(s.nataliya);
    const response = await get(sent.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
    expect(Buffer.from(await (await get(sent.id)).arrayBuffer()).equals(bytes)).toBe(true);
  });

  it('answers 404 to everyone else: no session, Basic, another company, a draft, a bad id', async () => {
    const coolAirSent = s.all.find((i) => i.companyId === s.coolAir.id && i.status === 'sent')!;
    const draft = s.all.find((i) => i.companyId === s.coolAir.id && i.status === 'draft')!;
    await signIn(null);
    expect((await get(coolAirSent.id)).status).toBe(404);
    await signIn(s.franco);
    expect((await get(coolAirSent.id)).status).toBe(404);
    await signIn(s.sasha);
    expect((await get(coolAirSent.id)).status).toBe(404);
    await signIn(s.nataliya);
    expect((await get(draft.id)).status).toBe(404);
    expect((await get(s.globexInvoice.id)).status).toBe(404);
    expect((await get('nope')).status).toBe(404);
    // Signed in but still to set up two-factor authentication: no file either.
    expect(s.nataliya.contact.totpConfiguredAt).toBeNull();
    await s.db.update(companies).set({ twoFactorRequired: true }).where(eq(companies.id, s.coolAir.id));
    try {
      expect((await get(coolAirSent.id)).status).toBe(404);
    } finally {
      await s.db.update(companies).set({ twoFactorRequired: false }).where(eq(companies.id, s.coolAir.id));
    }
    expect((await get(coolAirSent.id)).status).toBe(200);
  });
});
