import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { audit, staffAudit } from '@/lib/audit';
import { getDb, type Db } from '@/lib/db/client';
import { companies, contacts, ticketNotes, ticketPeople, tickets, type Ticket, type TicketRole } from '@/lib/db/schema';
import { checkUpload, storeDocument } from '@/lib/documents/files';
import { NotFoundError, fieldError, type StaffContext } from '@/lib/errors';
import { announceShared, welcomeMember } from '@/lib/portal/membership';
import type { TicketInput } from './schemas';

export async function getTicket(ctx: StaffContext, ticketId: string, db?: Db) {
  const conn = db ?? (await getDb());
  const [ticket] = await conn.select().from(tickets).where(and(eq(tickets.tenantId, ctx.tenant.id), eq(tickets.id, ticketId)));
  if (!ticket) throw new NotFoundError('ticket');
  return ticket;
}

async function assertContactOfCompany(tx: Db, tenantId: string, companyId: string, contactId: string | null, field: string) {
  if (!contactId) return null;
  const [contact] = await tx.select().from(contacts).where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId), eq(contacts.id, contactId)));
  if (!contact) throw fieldError(field, 'Choose a contact of the ticket’s company.');
  return contact;
}

/** Inserts a ticket with the tenant's next number (the unique index settles a race; we retry once). */
export async function insertTicket(tx: Db, values: Omit<typeof tickets.$inferInsert, 'number'>): Promise<Ticket> {
  const next = sql<number>`(select coalesce(max(number), 1000) + 1 from tickets where tenant_id = ${values.tenantId})`;
  const insert = () => tx.transaction(async (savepoint) => (await savepoint.insert(tickets).values({ ...values, number: next }).returning())[0]);
  return insert().catch(insert);
}

export async function createTicket(ctx: StaffContext, input: TicketInput) {
  const db = await getDb();
  const { ticket, contact } = await db.transaction(async (tx) => {
    const contact = await assertContactOfCompanyOrCompany(tx, ctx, input);
    const ticket = await insertTicket(tx, { ...input, tenantId: ctx.tenant.id, createdByUserId: ctx.user.id });
    await audit(staffAudit(ctx, 'ticket.create', 'ticket', ticket.id, { number: ticket.number }), tx);
    return { ticket, contact };
  });
  if (contact) await welcomeMember(ctx, contact, 'ticket', `#${ticket.number} ${ticket.title}`, `/tickets/${ticket.id}`);
  return ticket;
}

async function assertContactOfCompanyOrCompany(tx: Db, ctx: StaffContext, input: TicketInput) {
  const [company] = await tx.select({ id: companies.id }).from(companies).where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, input.companyId)));
  if (!company) throw fieldError('companyId', 'Choose a company.');
  return assertContactOfCompany(tx, ctx.tenant.id, input.companyId, input.ticketContactId, 'ticketContactId');
}

export async function updateTicket(ctx: StaffContext, ticketId: string, input: TicketInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await getTicket(ctx, ticketId, tx);
    await assertContactOfCompanyOrCompany(tx, ctx, input);
    // Members, assigned contacts and approvers are people of the ticket's company: a move leaves them behind.
    if (before.companyId !== input.companyId) await tx.delete(ticketPeople).where(eq(ticketPeople.ticketId, ticketId));
    const [ticket] = await tx.update(tickets).set(input).where(eq(tickets.id, ticketId)).returning();
    await audit(staffAudit(ctx, 'ticket.update', 'ticket', ticketId), tx);
    return ticket;
  });
}

/** Takes a contact off one role of the ticket (they keep any other role, and anything they wrote). */
export async function removeTicketPerson(ctx: StaffContext, ticketId: string, contactId: string, role: TicketRole) {
  const db = await getDb();
  await getTicket(ctx, ticketId);
  await db
    .delete(ticketPeople)
    .where(and(eq(ticketPeople.tenantId, ctx.tenant.id), eq(ticketPeople.ticketId, ticketId), eq(ticketPeople.contactId, contactId), eq(ticketPeople.role, role)));
  await audit(staffAudit(ctx, 'ticket.remove_person', 'ticket', ticketId, { contactId, role }));
}

/** Members, assigned contacts and approvers: contacts of the ticket's company, told (or invited). */
export async function addTicketPerson(ctx: StaffContext, ticketId: string, contactId: string, role: TicketRole) {
  const db = await getDb();
  const ticket = await getTicket(ctx, ticketId);
  const contact = await assertContactOfCompany(db, ctx.tenant.id, ticket.companyId, contactId, 'contactId');
  const added = await db.insert(ticketPeople).values({ tenantId: ctx.tenant.id, ticketId, contactId, role }).onConflictDoNothing().returning();
  await audit(staffAudit(ctx, 'ticket.add_person', 'ticket', ticketId, { contactId, role }));
  if (added.length && contact) return welcomeMember(ctx, contact, 'ticket', `#${ticket.number} ${ticket.title}`, `/tickets/${ticket.id}`);
  return 'none' as const;
}

export async function addStaffTicketNote(ctx: StaffContext, ticketId: string, input: { body: string; shared: boolean }) {
  const db = await getDb();
  const ticket = await getTicket(ctx, ticketId);
  const [note] = await db.insert(ticketNotes).values({ ...input, tenantId: ctx.tenant.id, ticketId, authorUserId: ctx.user.id }).returning();
  await audit(staffAudit(ctx, 'ticket.add_note', 'ticket', ticketId, { shared: input.shared }));
  if (note.shared) await announceShared(ctx.tenant, 'ticket', ticketId, `#${ticket.number} ${ticket.title}`, note.body);
  return note;
}

export async function uploadTicketAttachment(ctx: StaffContext, ticketId: string, file: File, shared: boolean) {
  const checked = await checkUpload(file);
  if (!checked.ok) throw fieldError('file', checked.error);
  const db = await getDb();
  await getTicket(ctx, ticketId);
  const doc = await db.transaction((tx) => storeDocument(tx, ctx.tenant.id, checked, { ticketId, shared, uploadedByUserId: ctx.user.id }));
  await audit(staffAudit(ctx, 'ticket.attach', 'ticket', ticketId, { documentId: doc.id }));
  return doc;
}
