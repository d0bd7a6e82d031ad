import 'server-only';
import { and, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { companies, projectMembers, projects, ticketPeople, tickets, type Contact, type SecurityLevel } from '@/lib/db/schema';

/**
 * Who is looking at the portal, and what their security level lets them see (SPEC section 3).
 * Every client-side read goes through these conditions; an id outside them is simply not found.
 */
export type Viewer = { tenantId: string; contactId: string; companyId: string; permissions: readonly string[] };

export function viewerOf(client: { contact: Contact; securityLevel: SecurityLevel | null }): Viewer {
  return {
    tenantId: client.contact.tenantId,
    contactId: client.contact.id,
    companyId: client.contact.companyId,
    permissions: client.securityLevel?.permissions ?? [],
  };
}

export const may = (viewer: Viewer, permission: string) => viewer.permissions.includes(permission);

/** The viewer's company and all its subsidiaries, at any depth. */
export async function companyTree(viewer: Viewer): Promise<string[]> {
  const db = await getDb();
  const result = (await db.execute(sql`
    with recursive tree(id) as (
      select ${viewer.companyId}::uuid
      union
      select c.id from ${companies} c join tree on c.parent_company_id = tree.id where c.tenant_id = ${viewer.tenantId}
    )
    select id from tree`)) as unknown as { rows: { id: string }[] };
  return result.rows.map((r) => r.id);
}

/**
 * Projects of the viewer's own company: where a team member ("projects.member"); with "projects.company", all of
 * them; with neither, none. A project moved to another company, or a contact moved away, takes nothing along.
 */
export function visibleProjects(viewer: Viewer): SQL {
  const member = sql`exists (select 1 from ${projectMembers} where ${projectMembers.projectId} = ${projects.id} and ${projectMembers.contactId} = ${viewer.contactId})`;
  const own = and(eq(projects.tenantId, viewer.tenantId), eq(projects.companyId, viewer.companyId))!;
  if (may(viewer, 'projects.company')) return own;
  return may(viewer, 'projects.member') ? and(own, member)! : sql`false`;
}

/**
 * Tickets of the viewer's company tree (the company and its subsidiaries): those the viewer created, is ticket
 * contact, assigned, approver or member of ("tickets.own"); with "tickets.company", all of them; with neither, none.
 */
export async function visibleTickets(viewer: Viewer): Promise<SQL> {
  const involved = or(
    eq(tickets.createdByContactId, viewer.contactId),
    eq(tickets.ticketContactId, viewer.contactId),
    sql`exists (select 1 from ${ticketPeople} where ${ticketPeople.ticketId} = ${tickets.id} and ${ticketPeople.contactId} = ${viewer.contactId})`,
  )!;
  const own = and(eq(tickets.tenantId, viewer.tenantId), inArray(tickets.companyId, await companyTree(viewer)))!;
  if (may(viewer, 'tickets.company')) return own;
  return may(viewer, 'tickets.own') ? and(own, involved)! : sql`false`;
}

export async function findVisibleProject(viewer: Viewer, projectId: string) {
  const db = await getDb();
  const [project] = await db
    .select()
    .from(projects)
    .where(and(eq(projects.id, projectId), visibleProjects(viewer)));
  return project ?? null;
}

export async function findVisibleTicket(viewer: Viewer, ticketId: string) {
  const db = await getDb();
  const [ticket] = await db
    .select()
    .from(tickets)
    .where(and(eq(tickets.id, ticketId), await visibleTickets(viewer)));
  return ticket ?? null;
}
