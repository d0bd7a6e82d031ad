/**
 * CSV import of invoices and time entries (issue 12): a dry run lists every line's problem and writes nothing but its
 * audit row; an import writes the whole file in one transaction, or nothing of it when any line is bad. Companies are
 * this tenant's only; staff without "edit invoices" are refused before the file is read.
 */
import { and, count, eq, inArray, ne } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { auditLog, companies, invoiceLines, invoices, projects, retainers, tenants, tickets, timeEntries, type User } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';
import { demo } from '../support/demo';

const request = vi.hoisted(() => ({ staff: null as null | { tenant: unknown; user: unknown; sessionToken: string } }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: () => undefined }),
  headers: async () => new Headers({ host: 'acme.admin.localhost:3000' }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => request.staff }));

const { importBillingCsvAction } = await import('@/app/s/[tenant]/admin/(shell)/invoices/import/actions');

async function setup() {
  const d = await demo();
  const owner: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'owner@acme.test') };
  const helpdesk: StaffContext = { tenant: d.acme, user: await d.staff(d.acme.id, 'helpdesk@acme.test') };
  const globexOwner: StaffContext = { tenant: d.globex, user: await d.staff(d.globex.id, 'owner@globex.test') };
  const companyId = async (tenantId: string, name: string) => (await d.db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.name, name))))[0].id;
  const coolAir = await companyId(d.acme.id, 'Cool Air');
  const abm = await companyId(d.acme.id, 'ABM Apartments');
  const entriesOf = async (id: string) => (await d.db.select({ n: count() }).from(timeEntries).where(eq(timeEntries.companyId, id)))[0].n;
  const tenantEntries = async (tenantId: string) => (await d.db.select({ n: count() }).from(timeEntries).where(eq(timeEntries.tenantId, tenantId)))[0].n;
  const invoiceCount = async (tenantId: string) => (await d.db.select({ n: count() }).from(invoices).where(eq(invoices.tenantId, tenantId)))[0].n;
  const lastNumber = async (tenantId: string) => (await d.db.select().from(tenants).where(eq(tenants.id, tenantId)))[0].lastInvoiceNumber;
  const audits = async (tenantId: string, action: string) => (await d.db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, action))))[0].n;
  return { ...d, owner, helpdesk, globexOwner, coolAir, abm, entriesOf, tenantEntries, invoiceCount, lastNumber, audits };
}

async function submit(as: StaffContext, kind: string, mode: string, csv: string) {
  request.staff = { ...as, sessionToken: 'test' };
  const data = new FormData();
  data.set('kind', kind);
  data.set('mode', mode);
  data.set('file', new File([csv], 'export.csv', { type: 'text/csv' }));
  return importBillingCsvAction({}, data);
}

const withPermissions = (ctx: StaffContext, permissions: User['permissions']): StaffContext => ({ ...ctx, user: { ...ctx.user, permissions } });

const ENTRIES = [
  'Company,Date,Hours,Worker,Description,Billable,Block',
  'Cool Air,2026-03-02,1.5,Pat Tech,Replaced the thermostat,yes,40-hour block',
  'ABM Apartments,2026-03-03,0.25,Pat Tech,Phone call,no,',
].join('\r\n');

describe('dry run', () => {
  it('lists every bad line with its problem and writes nothing', async () => {
    const s = await setup();
    const csv = [
      'company,date,hours,worker,description,billable,block',
      'Cool Air,2026-03-02,1.5,Pat,Fine line,yes,',
      'Nobody Inc,2026-03-02,1,Pat,Unknown company,yes,',
      'Cool Air,2026-02-30,1,Pat,Bad date,yes,',
      'Cool Air,2026-03-02,-2,Pat,Negative hours,yes,',
      'Cool Air,2026-03-02,abc,Pat,Not a number,maybe,',
      'ABM Apartments,2026-03-02,1,Pat,No such block,yes,40-hour block',
    ].join('\n');
    const before = await s.entriesOf(s.coolAir);
    for (const mode of ['dry_run', 'import']) {
      const state = await submit(s.owner, 'time_entries', mode, csv);
      expect(state.error).toBe('Nothing was imported: 6 problems in the file.');
      expect(state.fieldErrors?.file).toEqual([
        'Line 3: Unknown company "Nobody Inc".',
        'Line 4: Date "2026-02-30" is not a date (YYYY-MM-DD).',
        'Line 5: Hours "-2" must be a positive number up to 24 with at most two decimals.',
        'Line 6: Hours "abc" must be a positive number up to 24 with at most two decimals.',
        'Line 6: Billable "maybe" must be yes or no.',
        'Line 7: ABM Apartments has no block of hours named "40-hour block".',
      ]);
    }
    expect(await s.entriesOf(s.coolAir)).toBe(before);
  });

  it('says what a good file would create, and creates none of it', async () => {
    const s = await setup();
    const before = await s.entriesOf(s.coolAir);
    const dryRuns = await s.audits(s.acme.id, 'invoice.import_dry_run');
    const state = await submit(s.owner, 'time_entries', 'dry_run', ENTRIES);
    expect(state.error).toBeUndefined();
    expect(state.success).toBe('Dry run: 2 lines checked, no problems. Importing would create 2 time entries (1.75 h). Nothing was written.');
    expect(state.list).toEqual(['Line 2: 1.5 h for Cool Air on 2026-03-02 (from its block)', 'Line 3: 0.25 h for ABM Apartments on 2026-03-03, not billable']);
    expect(await s.entriesOf(s.coolAir)).toBe(before);
    expect(await s.audits(s.acme.id, 'invoice.import_dry_run')).toBe(dryRuns + 1);
  });

  it('reports missing columns on the header line', async () => {
    const s = await setup();
    const state = await submit(s.owner, 'invoices', 'dry_run', 'company,description\nCool Air,x\n');
    expect(state.fieldErrors?.file).toEqual(['Line 1: Missing columns: issue date, due date, currency, quantity, unit price.']);
  });
});

describe('import', () => {
  it('writes every time entry with its block, worker and billable flag', async () => {
    const s = await setup();
    const [coolBefore, abmBefore] = [await s.entriesOf(s.coolAir), await s.entriesOf(s.abm)];
    const state = await submit(s.owner, 'time_entries', 'import', ENTRIES);
    expect(state.success).toBe('Imported 2 time entries (1.75 h).');
    expect(await s.entriesOf(s.coolAir)).toBe(coolBefore + 1);
    expect(await s.entriesOf(s.abm)).toBe(abmBefore + 1);
    const [entry] = await s.db.select().from(timeEntries).where(and(eq(timeEntries.companyId, s.abm), eq(timeEntries.description, 'Phone call')));
    expect(entry).toMatchObject({ tenantId: s.acme.id, hours: '0.25', workedOn: '2026-03-03', workerName: 'Pat Tech', billable: false, blockId: null });
    const [cool] = await s.db.select().from(timeEntries).where(eq(timeEntries.description, 'Replaced the thermostat'));
    expect(cool.blockId).not.toBeNull();
  });

  it('creates draft invoices grouped by reference, numbered after the last, with exact totals', async () => {
    const s = await setup();
    const last = await s.lastNumber(s.acme.id);
    const csv = [
      'Reference,Company,Issue date,Due date,Currency,Description,Quantity,Unit price,Tax rate',
      'PSA-1,Cool Air,2026-03-01,2026-03-31,USD,Maintenance visit,3,33.33,8.875',
      'PSA-1,Cool Air,2026-03-01,2026-03-31,USD,Filters,2,12.50,8.875',
      'PSA-2,ABM Apartments,2026-03-05,2026-04-04,eur,Consulting,1.5,100,0',
    ].join('\n');
    const state = await submit(s.owner, 'invoices', 'import', csv);
    expect(state.success).toBe('Imported 2 draft invoices.');
    expect(await s.lastNumber(s.acme.id)).toBe(last + 2);
    const made = await s.db.select().from(invoices).where(and(eq(invoices.tenantId, s.acme.id), inArray(invoices.number, [last + 1, last + 2])));
    const first = made.find((i) => i.number === last + 1)!;
    expect(first).toMatchObject({ companyId: s.coolAir, status: 'draft', currency: 'USD', subtotal: '124.99', taxTotal: '11.09', total: '136.08' });
    expect(made.find((i) => i.number === last + 2)).toMatchObject({ companyId: s.abm, currency: 'EUR', total: '150.00' });
    const lines = await s.db.select().from(invoiceLines).where(eq(invoiceLines.invoiceId, first.id));
    expect(lines.map((l) => [l.position, l.amount]).sort()).toEqual([
      [1, '99.99'],
      [2, '25.00'],
    ]);
  });

  it('writes nothing when one line of many is bad, and a group must agree on its company and dates', async () => {
    const s = await setup();
    const [before, last] = [await s.invoiceCount(s.acme.id), await s.lastNumber(s.acme.id)];
    const csv = [
      'reference,company,issue date,due date,currency,description,quantity,unit price,tax rate',
      'A,Cool Air,2026-03-01,2026-03-31,USD,Good,1,10,0',
      'B,Cool Air,2026-03-01,2026-03-31,USD,Good too,1,10,0',
      'B,ABM Apartments,2026-03-02,2026-03-31,USD,Mismatch,1,10,0',
      'C,Cool Air,2026-03-10,2026-03-01,USD,Due before issue,1,10,0',
    ].join('\n');
    const state = await submit(s.owner, 'invoices', 'import', csv);
    expect(state.fieldErrors?.file).toEqual([
      'Line 4: This line\'s company, issue date differ from line 3 of invoice "B".',
      'Line 5: Due date is before the issue date.',
    ]);
    expect(await s.invoiceCount(s.acme.id)).toBe(before);
    expect(await s.lastNumber(s.acme.id)).toBe(last);
  });

  it("treats another tenant's company as unknown", async () => {
    const s = await setup();
    const [before, coolAir] = [await s.tenantEntries(s.globex.id), await s.entriesOf(s.coolAir)];
    const csv = 'company,date,hours\nCool Air,2026-03-02,1\nInitech,2026-03-02,1\n';
    const state = await submit(s.globexOwner, 'time_entries', 'import', csv);
    expect(state.fieldErrors?.file).toEqual(['Line 2: Unknown company "Cool Air".']);
    expect(await s.tenantEntries(s.globex.id)).toBe(before);
    expect(await s.entriesOf(s.coolAir)).toBe(coolAir);
    const numbered = await submit(s.owner, 'invoices', 'dry_run', 'number,company,issue date,due date,currency,description,quantity,unit price\n900001,Initech,2026-03-01,2026-03-31,USD,x,1,1\n');
    expect(numbered.fieldErrors?.file).toEqual(['Line 2: Unknown company "Initech".']);
  });

  it('refuses staff without "edit invoices", before reading the file', async () => {
    const s = await setup();
    const before = await s.entriesOf(s.coolAir);
    const viewOnly = withPermissions(s.owner, s.owner.user.permissions.filter((p) => p !== 'invoices.edit'));
    for (const who of [s.helpdesk, viewOnly]) {
      for (const mode of ['dry_run', 'import']) {
        const state = await submit(who, 'time_entries', mode, ENTRIES);
        expect(state.error).toMatch(/edit invoices/i);
        expect(state.success).toBeUndefined();
      }
    }
    expect(await s.entriesOf(s.coolAir)).toBe(before);
  });
});

describe('time entries naming a ticket, project or retainer', () => {
  it('are resolved within the tenant and the company; an unknown one is a line error and nothing is written', async () => {
    const s = await setup();
    const [ticket] = await s.db.select().from(tickets).where(and(eq(tickets.tenantId, s.acme.id), eq(tickets.companyId, s.coolAir)));
    const [loopTicket] = await s.db.select().from(tickets).where(and(eq(tickets.tenantId, s.acme.id), ne(tickets.companyId, s.coolAir)));
    const [project] = await s.db.insert(projects).values({ tenantId: s.acme.id, companyId: s.coolAir, name: 'Import project' }).returning();
    const before = await s.tenantEntries(s.acme.id);
    const bad = [
      'Company,Date,Hours,Worker,Ticket,Project,Retainer',
      `Cool Air,2026-03-02,1,Pat,#${ticket.number},Import project,Monthly retainer`,
      `Cool Air,2026-03-03,1,Pat,${loopTicket.number},,`,
      'Cool Air,2026-03-04,1,Pat,,No such project,',
      'Cool Air,2026-03-05,1,Pat,,,Support budget',
    ].join('\r\n');
    const dry = await submit(s.owner, 'time_entries', 'dry_run', bad);
    expect(dry.fieldErrors?.file).toEqual([
      `Line 3: Cool Air has no ticket number "${loopTicket.number}".`,
      'Line 4: Cool Air has no project named "No such project".',
      'Line 5: Cool Air has no retainer named "Support budget".',
    ]);
    expect((await submit(s.owner, 'time_entries', 'import', bad)).error).toMatch(/Nothing was imported/);
    expect(await s.tenantEntries(s.acme.id)).toBe(before);

    const good = await submit(s.owner, 'time_entries', 'import', bad.split('\r\n').slice(0, 2).join('\r\n'));
    expect(good.success).toMatch(/Imported 1 time entry/);
    const [made] = await s.db.select().from(timeEntries).where(and(eq(timeEntries.tenantId, s.acme.id), eq(timeEntries.projectId, project.id)));
    const [retainer] = await s.db.select().from(retainers).where(and(eq(retainers.companyId, s.coolAir), eq(retainers.name, 'Monthly retainer')));
    expect(made).toMatchObject({ ticketId: ticket.id, projectId: project.id, retainerId: retainer.id, companyId: s.coolAir });
  });

  it('another tenant’s ticket numbers are not found', async () => {
    const s = await setup();
    const globexNumbers = new Set((await s.db.select().from(tickets).where(eq(tickets.tenantId, s.globex.id))).map((t) => t.number));
    const ticket = (await s.db.select().from(tickets).where(eq(tickets.tenantId, s.acme.id))).find((t) => !globexNumbers.has(t.number))!;
    expect(ticket).toBeTruthy();
    const csv = ['Company,Date,Hours,Worker,Ticket', `Initech,2026-03-02,1,Pat,${ticket.number}`].join('\r\n');
    const dry = await submit(s.globexOwner, 'time_entries', 'dry_run', csv);
    expect(dry.fieldErrors?.file?.some((m) => m.includes(`no ticket number "${ticket.number}"`))).toBe(true);
  });
});
