import 'server-only';
import { and, asc, desc, eq, like, or, sql } from 'drizzle-orm';
import { authorName } from '@/lib/db/author';
import { getDb } from '@/lib/db/client';
import { cappedCount, likePattern, offsetOf, ordered, type ListParams } from '@/lib/paging';
import type { TicketSortKey } from './schemas';
import { companies, contacts, documents, ticketNotes, ticketPeople, ticketQueues, tickets } from '@/lib/db/schema';

const priorityRank = sql`case ${tickets.priority} when 'low' then 0 when 'medium' then 1 when 'high' then 2 else 3 end`;

/**
 * One page of the staff Tickets list (of one company and/or queue, or all): filtered by title or number, sorted and
 * paged in SQL; by number it walks the (tenant, number) or (tenant, company, number) index.
 */
export async function getTicketsPage({
  tenantId,
  params,
  companyId,
  queueId,
}: {
  tenantId: string;
  params: ListParams<TicketSortKey>;
  companyId?: string;
  queueId?: string;
}) {
  const db = await getDb();
  const number = /^\d{1,9}$/.test(params.q) ? Number(params.q) : undefined;
  const where = and(
    eq(tickets.tenantId, tenantId),
    companyId ? eq(tickets.companyId, companyId) : undefined,
    queueId ? eq(tickets.queueId, queueId) : undefined,
    params.q ? or(like(sql`lower(${tickets.title})`, likePattern(params.q)), number === undefined ? undefined : eq(tickets.number, number)) : undefined,
  );
  const order = ordered(params.dir);
  const sortKey = { number: sql`${tickets.number}`, title: sql`${tickets.title}`, company: sql`${companies.name}`, status: sql`${tickets.status}`, priority: priorityRank }[params.sort];
  const page = db
    .select({ id: tickets.id, sortKey: sortKey.as('sort_key'), number: tickets.number })
    .from(tickets)
    .innerJoin(companies, and(eq(companies.tenantId, tenantId), eq(companies.id, tickets.companyId)))
    .where(where)
    .orderBy(order(sortKey), desc(tickets.number), asc(tickets.id))
    .limit(params.size)
    .offset(offsetOf(params))
    .as('page');
  const rowsQuery = db
    .select({
      id: tickets.id,
      number: tickets.number,
      title: tickets.title,
      status: tickets.status,
      priority: tickets.priority,
      company: companies.name,
      queue: ticketQueues.name,
      createdAt: tickets.createdAt,
      fromPortal: sql<boolean>`${tickets.createdByContactId} is not null`,
    })
    .from(page)
    .innerJoin(tickets, and(eq(tickets.tenantId, tenantId), eq(tickets.id, page.id)))
    .innerJoin(companies, eq(companies.id, tickets.companyId))
    .leftJoin(ticketQueues, and(eq(ticketQueues.tenantId, tenantId), eq(ticketQueues.id, tickets.queueId)))
    .orderBy(order(page.sortKey), desc(page.number), asc(page.id));
  const [rows, total] = await Promise.all([rowsQuery, cappedCount(db, tickets, where)]);
  return { rows, total };
}

export async function getTicketForStaff({ tenantId, ticketId }: { tenantId: string; ticketId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ticket: tickets, company: companies, queue: ticketQueues.name })
    .from(tickets)
    .innerJoin(companies, eq(companies.id, tickets.companyId))
    .leftJoin(ticketQueues, and(eq(ticketQueues.tenantId, tenantId), eq(ticketQueues.id, tickets.queueId)))
    .where(and(eq(tickets.tenantId, tenantId), eq(tickets.id, ticketId)));
  if (!row) return null;
  const [people, companyContacts, notes, attachments] = await Promise.all([
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, email: contacts.email, role: ticketPeople.role })
      .from(ticketPeople)
      .innerJoin(contacts, eq(contacts.id, ticketPeople.contactId))
      .where(and(eq(ticketPeople.tenantId, tenantId), eq(ticketPeople.ticketId, ticketId))),
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, email: contacts.email })
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, row.ticket.companyId)))
      .orderBy(asc(contacts.lastName)),
    db
      .select({ id: ticketNotes.id, body: ticketNotes.body, shared: ticketNotes.shared, createdAt: ticketNotes.createdAt, author: authorName })
      .from(ticketNotes)
      .where(and(eq(ticketNotes.tenantId, tenantId), eq(ticketNotes.ticketId, ticketId)))
      .orderBy(asc(ticketNotes.createdAt)),
    db
      .select({ id: documents.id, fileName: documents.fileName, size: documents.size, shared: documents.shared })
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.ticketId, ticketId))),
  ]);
  return { ...row, people, companyContacts, notes, attachments };
}

