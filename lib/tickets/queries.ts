import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { authorName } from '@/lib/db/author';
import { getDb } from '@/lib/db/client';
import { companies, contacts, documents, ticketNotes, ticketPeople, ticketQueues, tickets } from '@/lib/db/schema';

export async function getTicketsByTenant({ tenantId, companyId, queueId }: { tenantId: string; companyId?: string; queueId?: string }) {
  const db = await getDb();
  return db
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
    .from(tickets)
    .innerJoin(companies, eq(companies.id, tickets.companyId))
    .leftJoin(ticketQueues, and(eq(ticketQueues.tenantId, tenantId), eq(ticketQueues.id, tickets.queueId)))
    .where(and(eq(tickets.tenantId, tenantId), companyId ? eq(tickets.companyId, companyId) : undefined, queueId ? eq(tickets.queueId, queueId) : undefined))
    .orderBy(desc(tickets.number))
    .limit(500);
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

export async function getCompanyContactOptions({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  return db
    .select({ id: contacts.id, companyId: contacts.companyId, name: sql<string>`${contacts.firstName} || ' ' || ${contacts.lastName}` })
    .from(contacts)
    .where(eq(contacts.tenantId, tenantId))
    .orderBy(asc(contacts.lastName))
    .limit(5000);
}
