import { beforeAll, describe, expect, it } from 'vitest';
import { listNotifications } from '@/lib/account/service';
import { NOTIFICATION_DEFAULTS } from '@/lib/account/schemas';
import { notifications, projectMembers, projects, tickets, type TicketStatus } from '@/lib/db/schema';
import { PAGE_SIZES } from '@/lib/paging';
import type { Viewer } from '@/lib/portal/access';
import { activePortalProjects, getPortalProjectsPage, listPortalProjects } from '@/lib/projects/portal';
import { PORTAL_PROJECT_DEFAULTS, type PortalProjectParams } from '@/lib/projects/schemas';
import { countPortalTickets, getPortalTicketsPage, openPortalTickets } from '@/lib/tickets/portal';
import { PORTAL_TICKET_DEFAULTS, portalTicketListSchema, type PortalTicketParams } from '@/lib/tickets/schemas';
import { clientContext } from '../support/client-work';
import { demo } from '../support/demo';

/**
 * The client's lists page, sort and filter in the database and show only what the viewer may see: Cool Air gets 23
 * "Paging ticket"s (Franco, Basic, is the ticket contact of the odd ones) and 12 "Paging project"s (Franco on the
 * first four); The Loop and another tenant get look-alikes that must never appear.
 */
type Ctx = Awaited<ReturnType<typeof clientContext>>;
let nataliya: Ctx, franco: Ctx, sasha: Ctx, bill: Ctx;
const COOL_AIR_TICKETS = 23;
const statusOf = (n: number): TicketStatus => (n % 5 === 0 ? 'closed' : n % 3 === 0 ? 'waiting' : 'new');

beforeAll(async () => {
  const d = await demo();
  [nataliya, franco, sasha] = await Promise.all(['nataliya@coolair.com', 'franco@coolair.com', 'sales@loop.org'].map((e) => clientContext(d.acme, e)));
  bill = await clientContext(d.globex, 'bill@initech.test');
  const coolAir = nataliya.contact.companyId;
  await d.db.insert(tickets).values([
    ...Array.from({ length: COOL_AIR_TICKETS }, (_, i) => ({
      tenantId: d.acme.id,
      companyId: coolAir,
      number: 5001 + i,
      title: `Paging ticket ${String(i + 1).padStart(2, '0')}`,
      status: statusOf(i + 1),
      ticketContactId: (i + 1) % 2 === 1 ? franco.contact.id : null,
    })),
    { tenantId: d.acme.id, companyId: sasha.contact.companyId, number: 6001, title: 'Paging ticket of The Loop' },
    { tenantId: d.globex.id, companyId: bill.contact.companyId, number: 5001, title: 'Paging ticket of another tenant' },
  ]);
  const made = await d.db
    .insert(projects)
    .values([
      ...Array.from({ length: 12 }, (_, i) => ({
        tenantId: d.acme.id,
        companyId: coolAir,
        name: `Paging project ${String(i + 1).padStart(2, '0')}`,
        status: i === 11 ? ('completed' as const) : ('active' as const),
        dueDate: i % 2 ? null : `2027-01-${String(10 + (i % 4)).padStart(2, '0')}`,
        createdAt: new Date(Date.now() + (i + 1) * 60_000), // newer than the demo's projects
      })),
      { tenantId: d.acme.id, companyId: sasha.contact.companyId, name: 'Paging project of The Loop' },
      { tenantId: d.globex.id, companyId: bill.contact.companyId, name: 'Paging project of another tenant' },
    ])
    .returning();
  await d.db.insert(projectMembers).values(made.slice(0, 4).map((p) => ({ tenantId: d.acme.id, projectId: p.id, contactId: franco.contact.id })));
  await d.db.insert(notifications).values([
    ...Array.from({ length: 13 }, (_, i) => ({ tenantId: d.acme.id, contactId: franco.contact.id, title: `Paging note ${String(i + 1).padStart(2, '0')}`, body: i === 6 ? 'the seventh' : '' })),
    { tenantId: d.acme.id, contactId: nataliya.contact.id, title: 'Paging note for Nataliya' },
  ]);
});

const ticketsPage = (ctx: Ctx, changes: Partial<PortalTicketParams>) =>
  getPortalTicketsPage(ctx.viewer, { ...PORTAL_TICKET_DEFAULTS, q: 'Paging ticket', ...changes });
const numbersOf = (rows: { number: number }[]) => rows.map((r) => r.number);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('client Tickets list', () => {
  it('pages at the boundaries, newest first by default, with the count of all matches', async () => {
    const first = await ticketsPage(nataliya, {});
    expect(numbersOf(first.rows)).toEqual(range(5014, 5023).reverse());
    expect(first.total).toEqual({ count: COOL_AIR_TICKETS, capped: false });
    expect(numbersOf((await ticketsPage(nataliya, { page: 2 })).rows)).toEqual(range(5004, 5013).reverse());
    expect(numbersOf((await ticketsPage(nataliya, { page: 3 })).rows)).toEqual([5003, 5002, 5001]);
    expect(numbersOf((await ticketsPage(nataliya, { dir: 'asc', size: 25 })).rows)).toEqual(range(5001, 5023));
  });

  it('shows an empty page beyond the end, keeping the count', async () => {
    const beyond = await ticketsPage(nataliya, { page: 4 });
    expect(beyond.rows).toEqual([]);
    expect(beyond.total.count).toBe(COOL_AIR_TICKETS);
  });

  it('sorts stably: pages of a sort with many equal keys hold every ticket once, ties by number', async () => {
    for (const sort of ['status', 'created'] as const) {
      for (const dir of ['asc', 'desc'] as const) {
        const pages = await Promise.all([1, 2, 3].map((page) => ticketsPage(nataliya, { sort, dir, page })));
        const seen = pages.flatMap((p) => numbersOf(p.rows));
        expect(seen).toHaveLength(COOL_AIR_TICKETS);
        expect(new Set(seen).size).toBe(COOL_AIR_TICKETS);
      }
    }
    const byStatus = (await ticketsPage(nataliya, { sort: 'status', dir: 'asc', size: 25 })).rows;
    expect(byStatus.map((r) => r.status)).toEqual([...byStatus.map((r) => r.status)].sort());
    const closed = byStatus.filter((r) => r.status === 'closed').map((r) => r.number);
    expect(closed).toEqual([5005, 5010, 5015, 5020]);
  });

  it('sorts by title in both directions', async () => {
    const desc = await ticketsPage(nataliya, { sort: 'title', dir: 'desc', size: 25 });
    expect(desc.rows.map((r) => r.title)[0]).toBe('Paging ticket 23');
    expect(desc.rows.map((r) => r.title).at(-1)).toBe('Paging ticket 01');
  });

  it('filters by title or number; a filter with no match is an empty list with a zero count', async () => {
    expect(numbersOf((await ticketsPage(nataliya, { q: '5007' })).rows)).toEqual([5007]);
    expect(numbersOf((await ticketsPage(nataliya, { q: '#5007' })).rows)).toEqual([5007]);
    expect(numbersOf((await ticketsPage(nataliya, { q: 'ticket 1' })).rows)).toEqual(range(5010, 5019).reverse());
    for (const q of ['no such ticket', '%', '_aging']) {
      expect(await ticketsPage(nataliya, { q })).toEqual({ rows: [], total: { count: 0, capped: false } });
    }
  });

  it('filters by status, counting only that status', async () => {
    const closed = await ticketsPage(nataliya, { status: 'closed' });
    expect(numbersOf(closed.rows)).toEqual([5020, 5015, 5010, 5005]);
    expect(closed.total.count).toBe(4);
  });

  it('a Basic user sees only their own tickets, counted right; other companies and tenants never appear', async () => {
    const own = await ticketsPage(franco, { dir: 'asc', size: 25 });
    expect(numbersOf(own.rows)).toEqual(range(5001, 5023).filter((n) => (n - 5000) % 2 === 1));
    expect(own.total.count).toBe(12);
    expect(numbersOf((await ticketsPage(franco, { q: '5002' })).rows)).toEqual([]);
    const all = await getPortalTicketsPage(nataliya.viewer, { ...PORTAL_TICKET_DEFAULTS, size: 100 });
    expect(all.rows.map((r) => r.title)).not.toContain('Paging ticket of The Loop');
    expect(all.rows.map((r) => r.title)).not.toContain('Paging ticket of another tenant');
    expect(numbersOf((await ticketsPage(sasha, {})).rows)).toEqual([6001]);
    expect((await ticketsPage(bill, {})).rows.map((r) => r.title)).toEqual(['Paging ticket of another tenant']);
    expect(await countPortalTickets({ ...franco.viewer, permissions: [] } satisfies Viewer)).toEqual({ count: 0, capped: false });
  });

  it('reads anything unexpected in the URL as the default, never an error', () => {
    const parsed = portalTicketListSchema.parse({ sort: 'drop table', dir: 'sideways', size: '7', page: '-3', status: 'lost', q: 'x' });
    expect(parsed).toEqual({ ...PORTAL_TICKET_DEFAULTS, q: 'x', status: undefined });
    expect(PAGE_SIZES).toContain(parsed.size);
  });

  it('the Overview gets the five newest open tickets and the open count', async () => {
    const manager = await openPortalTickets(nataliya.viewer);
    expect(numbersOf(manager.rows)).toEqual([5023, 5022, 5021, 5019, 5018]);
    const demoOpen = (await getPortalTicketsPage(nataliya.viewer, { ...PORTAL_TICKET_DEFAULTS, size: 100 })).rows.filter((r) => !['resolved', 'closed'].includes(r.status));
    expect(manager.total).toEqual({ count: demoOpen.length, capped: false });
    const basic = await openPortalTickets(franco.viewer);
    expect(numbersOf(basic.rows)).toEqual([5023, 5021, 5019, 5017, 5013]);
  });
});

const projectsPage = (ctx: Ctx, changes: Partial<PortalProjectParams>) =>
  getPortalProjectsPage(ctx.viewer, { ...PORTAL_PROJECT_DEFAULTS, q: 'Paging project', ...changes });
const namesOf = (rows: { name: string }[]) => rows.map((r) => r.name.replace('Paging project ', ''));

describe('client Projects list', () => {
  it('pages by name with boundaries, an empty page beyond the end, and the count', async () => {
    const first = await projectsPage(nataliya, {});
    expect(namesOf(first.rows)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(first.total).toEqual({ count: 12, capped: false });
    expect(namesOf((await projectsPage(nataliya, { page: 2 })).rows)).toEqual(['11', '12']);
    expect((await projectsPage(nataliya, { page: 3 })).rows).toEqual([]);
    expect(namesOf((await projectsPage(nataliya, { dir: 'desc', size: 10 })).rows)[0]).toBe('12');
  });

  it('sorts by due date stably (many equal and empty dates), every project once', async () => {
    for (const dir of ['asc', 'desc'] as const) {
      const pages = await Promise.all([1, 2].map((page) => projectsPage(nataliya, { sort: 'due', dir, page })));
      const seen = pages.flatMap((p) => namesOf(p.rows));
      expect(new Set(seen).size).toBe(12);
    }
    const asc = await projectsPage(nataliya, { sort: 'due', size: 25 });
    expect(namesOf(asc.rows).slice(0, 3)).toEqual(['01', '05', '09']);
  });

  it('a filter with no match is empty; a member sees only their projects; others never appear', async () => {
    expect(await projectsPage(nataliya, { q: 'nothing like it' })).toEqual({ rows: [], total: { count: 0, capped: false } });
    const member = await projectsPage(franco, {});
    expect(namesOf(member.rows)).toEqual(['01', '02', '03', '04']);
    expect(member.total.count).toBe(4);
    const names = (await listPortalProjects(nataliya.viewer, { size: 100 })).map((p) => p.name);
    expect(names).not.toContain('Paging project of The Loop');
    expect(names).not.toContain('Paging project of another tenant');
    expect(namesOf((await projectsPage(bill, {})).rows)).toEqual(['of another tenant']);
  });

  it('the Overview gets the five newest unfinished projects and their count', async () => {
    const active = await activePortalProjects(nataliya.viewer);
    expect(namesOf(active.rows)).toEqual(['11', '10', '09', '08', '07']);
    const all = await listPortalProjects(nataliya.viewer, { size: 100 });
    expect(active.total).toEqual({ count: all.filter((p) => p.status !== 'completed').length, capped: false });
    expect(namesOf((await activePortalProjects(franco.viewer)).rows).filter((n) => n.length === 2)).toEqual(['04', '03', '02', '01']);
  });
});

describe('My Notifications', () => {
  const page = (ctx: Ctx, changes: Partial<typeof NOTIFICATION_DEFAULTS>) => listNotifications(ctx, { ...NOTIFICATION_DEFAULTS, q: 'Paging note', ...changes });
  const titles = (rows: { title: string }[]) => rows.map((r) => r.title.replace('Paging note ', ''));

  it('pages, sorts and filters only the user’s own notifications', async () => {
    const first = await page(franco, { sort: 'title', dir: 'asc' });
    expect(titles(first.rows)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09', '10']);
    expect(first.total).toEqual({ count: 13, capped: false });
    expect(titles((await page(franco, { sort: 'title', dir: 'asc', page: 2 })).rows)).toEqual(['11', '12', '13']);
    expect((await page(franco, { page: 3 })).rows).toEqual([]);
    const newest = await Promise.all([1, 2].map((p) => page(franco, { page: p })));
    expect(new Set(newest.flatMap((p) => p.rows.map((r) => r.id))).size).toBe(13);
    expect(titles((await page(franco, { q: 'seventh' })).rows)).toEqual(['07']);
    expect(await page(franco, { q: 'for Nataliya' })).toEqual({ rows: [], total: { count: 0, capped: false } });
    expect(titles((await page(nataliya, {})).rows)).toEqual(['for Nataliya']);
  });
});
