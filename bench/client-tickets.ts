import { sql } from 'drizzle-orm';
import { createSession } from '@/lib/auth/sessions';
import type { Db } from '@/lib/db/client';

/** The client Tickets scenario: a Manager of one bench company whose company has 10,000 tickets. */
export const CLIENT_TICKETS_BENCH = { tickets: 10_000, budgetP95: 150, budgetHtmlKb: 120, path: '/dashboards/tickets' } as const;

/** Makes the first bench company's first contact a Manager, gives the company its tickets, and signs them in. */
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
  return createSession({ tenantId, kind: 'client', contactId: manager.id, sessionVersion: manager.session_version });
}
