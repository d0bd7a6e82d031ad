import { sql } from 'drizzle-orm';
import { createSession } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';
import { get, gzippedKb, kB, kb, ms, timed, type Row } from './measure';
import { SCALE } from './scale';
import { BENCH } from './seed-large';
import { expectPage, hosts, PORT } from './server';

/** The client Tickets scenario: a Manager of one bench company whose company has 10,000 tickets. */
export const CLIENT_TICKETS_BENCH = { tickets: SCALE.tickets, budgetP95: 150, budgetHtmlKb: 120, path: '/dashboards/tickets' } as const;

/** Makes the first bench company's first contact a Manager, gives the company its tickets, and signs them in: the client session cookie. */
export async function seedClientTicketsBench(db: Db, tenantId: string) {
  const result = (await db.execute(sql`
    update contacts set security_level_id = (select id from security_levels where tenant_id is null and key = 'manager'), password_hash = 'not-used'
    where id = (select id from contacts where tenant_id = ${tenantId} order by company_name, email limit 1)
    returning id, company_id, session_version`)) as unknown as { rows: { id: string; company_id: string; session_version: number }[] };
  const [manager] = result.rows;
  await db.execute(sql`
    insert into tickets (tenant_id, company_id, number, title, description, status, ticket_contact_id)
    select ${tenantId}::uuid, ${manager.company_id}::uuid, g, 'Bench ticket ' || g, 'Generated for the client Tickets benchmark.',
           (array['new','in_progress','waiting','resolved','closed'])[1 + g % 5], case when g % 3 = 0 then ${manager.id}::uuid end
    from generate_series(1, ${CLIENT_TICKETS_BENCH.tickets}) g
    where not exists (select 1 from tickets t where t.tenant_id = ${tenantId})`);
  await db.execute(sql`analyze tickets`);
  return `cp_client=${await createSession({ tenantId, kind: 'client', contactId: manager.id, sessionVersion: manager.session_version })}`;
}

/** The Manager's Tickets page over HTTP: warm-up, samples, and the bytes of its uncompressed HTML. */
export async function measureClientTickets(cookie: string): Promise<Row[]> {
  const host = hosts(BENCH.slug).portal;
  await expectPage(CLIENT_TICKETS_BENCH.path, host, cookie, `Bench ticket ${CLIENT_TICKETS_BENCH.tickets}`);
  let body: Buffer = Buffer.alloc(0);
  const page = await timed(SCALE.pageSamples, SCALE.warmUp, async () => {
    const res = await get(PORT, CLIENT_TICKETS_BENCH.path, host, cookie);
    if (res.status !== 200) throw new Error(`HTTP ${res.status} for ${CLIENT_TICKETS_BENCH.path}`);
    body = res.body;
  });
  const html = kB(body.length);
  return [
    { scenario: `Client Tickets page, Manager, ${CLIENT_TICKETS_BENCH.tickets.toLocaleString('en')} tickets`, figure: `p95 ${ms(page.p95)} (median ${ms(page.median)}, n=${page.n})`, budget: `p95 < ${CLIENT_TICKETS_BENCH.budgetP95} ms`, ok: page.p95 < CLIENT_TICKETS_BENCH.budgetP95 },
    { scenario: '  its HTML (uncompressed)', figure: `${kb(html)} (gzip ${kb(gzippedKb(body))})`, budget: `< ${CLIENT_TICKETS_BENCH.budgetHtmlKb} kB`, ok: html < CLIENT_TICKETS_BENCH.budgetHtmlKb },
  ];
}
