import { and, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getAuditLogPage } from '@/lib/admin/queries';
import { AUDIT_LIST_DEFAULTS } from '@/lib/admin/schemas';
import { getCompaniesPage } from '@/lib/companies/queries';
import { COMPANY_LIST_DEFAULTS } from '@/lib/companies/schemas';
import { auditLog, companies, contacts, emailOutbox, projects, tickets } from '@/lib/db/schema';
import { getOutboxPage } from '@/lib/email/queries';
import { OUTBOX_LIST_DEFAULTS } from '@/lib/email/schemas';
import { cappedCount, type ListParams, type Total } from '@/lib/paging';
import { getPortalUsersPage } from '@/lib/portal-users/queries';
import { LIST_DEFAULTS as PORTAL_USER_DEFAULTS } from '@/lib/portal-users/schemas';
import { getProjectsPage } from '@/lib/projects/queries';
import { PROJECT_LIST_DEFAULTS } from '@/lib/projects/schemas';
import { getTicketsPage } from '@/lib/tickets/queries';
import { TICKET_LIST_DEFAULTS } from '@/lib/tickets/schemas';
import { demo } from '../support/demo';

/** Twelve rows per list share this word; two of them tie on the sort key, so only the id can order them. */
const WORD = 'zpg';
const N = 12;
const at = new Date('2026-01-02T03:04:05Z');
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function setup() {
  const d = await demo();
  const [coolAir] = await d.db.select().from(companies).where(and(eq(companies.tenantId, d.acme.id), eq(companies.name, 'Cool Air')));
  const [globexCompany] = await d.db.insert(companies).values({ tenantId: d.globex.id, name: `Zpg Globex` }).returning();
  const name = (i: number) => `Zpg ${String(Math.min(i, N - 1)).padStart(2, '0')}`; // the last two tie
  return { ...d, coolAir, globexCompany, name };
}

type Page = { rows: { id: string }[]; total: Total };

/** Pages 1 and 2 (size 10) hold the expected rows in order, page 3 is past the end, and a filter matching nothing is empty. */
async function expectPaged<P extends ListParams>(fetch: (params: P) => Promise<Page>, params: P, expected: string[], noMatch: () => Promise<Page>) {
  const first = await fetch({ ...params, size: 10, page: 1 });
  const second = await fetch({ ...params, size: 10, page: 2 });
  expect(first.total).toEqual({ count: expected.length, capped: false });
  expect(first.rows.map((r) => r.id)).toEqual(expected.slice(0, 10));
  expect(second.rows.map((r) => r.id)).toEqual(expected.slice(10));
  const beyond = await fetch({ ...params, size: 10, page: 3 });
  expect(beyond.rows).toEqual([]);
  expect(beyond.total.count).toBe(expected.length);
  const none = await noMatch();
  expect(none).toEqual({ rows: [], total: { count: 0, capped: false } });
}

describe('staff lists are paged, sorted and filtered in SQL', () => {
  it('Companies: by name then id, filtered by name, never another tenant’s', async () => {
    const s = await setup();
    const rows = await s.db
      .insert(companies)
      .values(Array.from({ length: N }, (_, i) => ({ tenantId: s.acme.id, name: s.name(i) })))
      .returning();
    const expected = [...rows].sort((a, b) => a.name.localeCompare(b.name) || byId(a, b)).map((r) => r.id);
    const fetch = (params: typeof COMPANY_LIST_DEFAULTS) => getCompaniesPage({ tenantId: s.acme.id, params });
    await expectPaged(fetch, { ...COMPANY_LIST_DEFAULTS, q: WORD }, expected, () => fetch({ ...COMPANY_LIST_DEFAULTS, q: 'zpg-nothing' }));
    const descending = await fetch({ ...COMPANY_LIST_DEFAULTS, q: WORD, dir: 'desc', size: 25 });
    expect(descending.rows.map((r) => r.name)).toEqual([...rows].map((r) => r.name).sort().reverse());
    expect(descending.rows.map((r) => r.id)).not.toContain(s.globexCompany.id);
  });

  it('Projects: by name then id, filtered by name and company, never another tenant’s', async () => {
    const s = await setup();
    const rows = await s.db
      .insert(projects)
      .values(Array.from({ length: N }, (_, i) => ({ tenantId: s.acme.id, companyId: s.coolAir.id, name: s.name(i) })))
      .returning();
    const [foreign] = await s.db.insert(projects).values({ tenantId: s.globex.id, companyId: s.globexCompany.id, name: 'Zpg 00' }).returning();
    const expected = [...rows].sort((a, b) => a.name.localeCompare(b.name) || byId(a, b)).map((r) => r.id);
    const fetch = (params: typeof PROJECT_LIST_DEFAULTS) => getProjectsPage({ tenantId: s.acme.id, params, companyId: s.coolAir.id });
    await expectPaged(fetch, { ...PROJECT_LIST_DEFAULTS, q: WORD }, expected, () => fetch({ ...PROJECT_LIST_DEFAULTS, q: 'zpg-nothing' }));
    const all = await getProjectsPage({ tenantId: s.acme.id, params: { ...PROJECT_LIST_DEFAULTS, q: WORD, size: 100 } });
    expect(all.rows.map((r) => r.id)).not.toContain(foreign.id);
    expect(all.rows.every((r) => r.company === 'Cool Air')).toBe(true);
  });

  it('Tickets: newest number first, by priority rank then number, filtered by title or number, never another tenant’s', async () => {
    const s = await setup();
    const rows = await s.db
      .insert(tickets)
      .values(Array.from({ length: N }, (_, i) => ({ tenantId: s.acme.id, companyId: s.coolAir.id, number: 900_000 + i, title: s.name(i), priority: i % 2 ? ('low' as const) : ('critical' as const) })))
      .returning();
    await s.db.insert(tickets).values({ tenantId: s.globex.id, companyId: s.globexCompany.id, number: 900_100, title: 'Zpg 00' });
    const expected = [...rows].sort((a, b) => b.number - a.number).map((r) => r.id);
    const fetch = (params: typeof TICKET_LIST_DEFAULTS) => getTicketsPage({ tenantId: s.acme.id, params });
    await expectPaged(fetch, { ...TICKET_LIST_DEFAULTS, q: WORD }, expected, () => fetch({ ...TICKET_LIST_DEFAULTS, q: 'zpg-nothing' }));
    const byNumber = await fetch({ ...TICKET_LIST_DEFAULTS, q: '900003' });
    expect(byNumber.rows.map((r) => r.number)).toEqual([900_003]);
    const byPriority = await fetch({ ...TICKET_LIST_DEFAULTS, q: WORD, sort: 'priority', dir: 'asc', size: 25 });
    expect(byPriority.rows.map((r) => `${r.priority} ${r.number}`)).toEqual([
      ...[11, 9, 7, 5, 3, 1].map((i) => `low ${900_000 + i}`),
      ...[10, 8, 6, 4, 2, 0].map((i) => `critical ${900_000 + i}`),
    ]);
    expect(byPriority.rows.map((r) => r.company)).not.toContain('Zpg Globex');
  });

  it('Audit log: newest first with ties broken by id, within its filter, never another tenant’s', async () => {
    const s = await setup();
    const rows = await s.db
      .insert(auditLog)
      .values(Array.from({ length: N }, () => ({ tenantId: s.acme.id, actorType: 'system' as const, action: 'zpg_test.done', createdAt: at })))
      .returning();
    await s.db.insert(auditLog).values({ tenantId: s.globex.id, actorType: 'system', action: 'zpg_test.done', createdAt: at });
    const expected = [...rows].sort(byId).reverse().map((r) => r.id);
    const fetch = (prefix: string) => (params: typeof AUDIT_LIST_DEFAULTS) => getAuditLogPage({ tenantId: s.acme.id, params, prefix });
    await expectPaged(fetch('zpg_test.'), AUDIT_LIST_DEFAULTS, expected, () => fetch('zpg_nothing.')(AUDIT_LIST_DEFAULTS));
    // `_` in a filter is a letter, not a wildcard
    expect((await fetch('zpgXtest.')(AUDIT_LIST_DEFAULTS)).total.count).toBe(0);
    const oldest = await fetch('zpg_test.')({ ...AUDIT_LIST_DEFAULTS, dir: 'asc' });
    expect(oldest.rows.map((r) => r.id)).toEqual([...expected].reverse());
  });

  it('Outbox: newest first, filtered by recipient or subject, with each message’s delivery state, never another tenant’s', async () => {
    const s = await setup();
    const rows = await s.db
      .insert(emailOutbox)
      .values(
        Array.from({ length: N }, (_, i) => ({
          tenantId: s.acme.id,
          to: `zpg-${i}@example.test`,
          subject: `Hello ${i}`,
          template: 'test',
          html: '',
          text: '',
          status: 'queued' as const,
          attempts: 2,
          error: 'Resend is down',
          createdAt: at,
        })),
      )
      .returning();
    await s.db.insert(emailOutbox).values({ tenantId: s.globex.id, to: 'zpg-x@example.test', subject: 'Hello', template: 'test', html: '', text: '', status: 'outbox' });
    const expected = [...rows].sort(byId).map((r) => r.id);
    const fetch = (params: typeof OUTBOX_LIST_DEFAULTS) => getOutboxPage({ tenantId: s.acme.id, params });
    await expectPaged(fetch, { ...OUTBOX_LIST_DEFAULTS, q: WORD }, expected, () => fetch({ ...OUTBOX_LIST_DEFAULTS, q: 'zpg-nothing' }));
    const [one] = (await fetch({ ...OUTBOX_LIST_DEFAULTS, q: 'zpg-3@' })).rows;
    expect(one).toMatchObject({ status: 'queued', attempts: 2, error: 'Resend is down' });
  });

  it('Portal Access: the unfiltered total is counted up to the cap', async () => {
    const s = await setup();
    const page = await getPortalUsersPage({ tenantId: s.acme.id, params: PORTAL_USER_DEFAULTS });
    expect(page.capped).toBe(false);
    expect(page.total).toBe(await s.db.$count(contacts, and(eq(contacts.tenantId, s.acme.id), isNotNull(contacts.logonName))));
    const where = eq(companies.tenantId, s.acme.id);
    expect(await cappedCount(s.db, companies, where, 2)).toEqual({ count: 2, capped: true });
    const all = (await s.db.select({ id: companies.id }).from(companies).where(where)).length;
    expect(await cappedCount(s.db, companies, where, all)).toEqual({ count: all, capped: false });
  });
});
