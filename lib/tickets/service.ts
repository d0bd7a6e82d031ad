import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { StaffWork } from '@/lib/pipeline';
import { getDb, type Db } from '@/lib/db/client';
import { companies, contacts, documents, ticketNotes, ticketPeople, tickets, type Ticket, type TicketRole } from '@/lib/db/schema';
import { checkUpload, storeDocument } from '@/lib/documents/files';
import { NotFoundError, fieldError, type StaffContext } from '@/lib/errors';
import { announceShared, welcomeMember } from '@/lib/portal/membership';
import type { TicketInput } from './schemas';

type Work = StaffWork<'tickets.edit'>;

export async function getTicket(ctx: StaffContext, ticketId: string, db?: Db) {
  const conn = db ?? (await getDb());
  const [ticket] = await conn
    .select()
    .from(tickets)
    .where(and(eq(tickets.tenantId, ctx.tenant.id), eq(tickets.id, ticketId)));
  if (!ticket) throw new NotFoundError('ticket');
  return ticket;
}

async function assertContactOfCompany(tx: Db, tenantId: string, companyId: string, contactId: string | null, field: string) {
  if (!contactId) return null;
  const [contact] = await tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId), eq(contacts.id, contactId)));
  if (!contact) throw fieldError(field, 'Choose a contact of the ticket’s company.');
  return contact;
}

/** Inserts a ticket with the tenant's next number (the unique index settles a race; we retry once). */
export async function insertTicket(tx: Db, values: Omit<typeof tickets.$inferInsert, 'number'>): Promise<Ticket> {
  const next = sql<number>`(select coalesce(max(number), 1000) + 1 from tickets where tenant_id = ${values.tenantId})`;
  const insert = () =>
    tx.transaction(
      async (savepoint) =>
        (
          await savepoint
            .insert(tickets)
            .values({ ...values, number: next })
            .returning()
        )[0],
    );
  return insert().catch(insert);
}

export async function createTicket(w: Work, input: TicketInput) {
  const contact = await assertCompanyAndContact(w, input);
  const ticket = await insertTicket(w.tx, { ...input, tenantId: w.tenant.id, createdByUserId: w.user.id });
  await w.audit({ type: 'ticket', id: ticket.id, details: { number: ticket.number } });
  if (contact) await welcomeMember(w, contact, 'ticket', `#${ticket.number} ${ticket.title}`, `/tickets/${ticket.id}`, { delegable: true });
  return ticket;
}

async function assertCompanyAndContact(w: Work, input: TicketInput) {
  const [company] = await w.tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, input.companyId)));
  if (!company) throw fieldError('companyId', 'Choose a company.');
  return assertContactOfCompany(w.tx, w.tenant.id, input.companyId, input.ticketContactId, 'ticketContactId');
}

export async function updateTicket(w: Work, ticketId: string, input: TicketInput) {
  const before = await getTicket(w, ticketId, w.tx);
  await assertCompanyAndContact(w, input);
  // Members, assigned contacts and approvers are people of the ticket's company: a move leaves them behind.
  if (before.companyId !== input.companyId)
    await w.tx.delete(ticketPeople).where(and(eq(ticketPeople.tenantId, w.tenant.id), eq(ticketPeople.ticketId, ticketId)));
  const [ticket] = await w.tx
    .update(tickets)
    .set(input)
    .where(and(eq(tickets.tenantId, w.tenant.id), eq(tickets.id, ticketId)))
    .returning();
  await w.audit({ type: 'ticket', id: ticketId });
  return ticket;
}

/** Takes a contact off one role of the ticket (they keep any other role, and anything they wrote). */
export async function removeTicketPerson(w: Work, ticketId: string, contactId: string, role: TicketRole) {
  await getTicket(w, ticketId, w.tx);
  const removed = await w.tx
    .delete(ticketPeople)
    .where(and(eq(ticketPeople.tenantId, w.tenant.id), eq(ticketPeople.ticketId, ticketId), eq(ticketPeople.contactId, contactId), eq(ticketPeople.role, role)))
    .returning();
  if (!removed.length) throw new NotFoundError('person');
  await w.audit({ type: 'ticket', id: ticketId, details: { contactId, role } });
}

/** Members, assigned contacts and approvers: contacts of the ticket's company, told (or invited). */
export async function addTicketPerson(w: Work, ticketId: string, contactId: string, role: TicketRole) {
  const ticket = await getTicket(w, ticketId, w.tx);
  const contact = await assertContactOfCompany(w.tx, w.tenant.id, ticket.companyId, contactId, 'contactId');
  const added = await w.tx.insert(ticketPeople).values({ tenantId: w.tenant.id, ticketId, contactId, role }).onConflictDoNothing().returning();
  await w.audit({ type: 'ticket', id: ticketId, details: { contactId, role } });
  if (added.length && contact)
    return welcomeMember(w, contact, 'ticket', `#${ticket.number} ${ticket.title}`, `/tickets/${ticket.id}`, { delegable: role === 'approver' });
  return 'none' as const;
}

export async function addStaffTicketNote(w: Work, ticketId: string, input: { body: string; shared: boolean }) {
  const ticket = await getTicket(w, ticketId, w.tx);
  const [note] = await w.tx
    .insert(ticketNotes)
    .values({ ...input, tenantId: w.tenant.id, ticketId, authorUserId: w.user.id })
    .returning();
  await w.audit({ type: 'ticket', id: ticketId, details: { shared: input.shared } });
  if (note.shared) await announceShared(w.tenant, 'ticket', ticketId, `#${ticket.number} ${ticket.title}`, note.body);
  return note;
}

export async function uploadTicketAttachment(w: Work, ticketId: string, file: File, shared: boolean) {
  const checked = await checkUpload(file);
  if (!checked.ok) throw fieldError('file', checked.error);
  await getTicket(w, ticketId, w.tx);
  const doc = await storeDocument(w.tx, w.tenant.id, checked, { ticketId, shared, uploadedByUserId: w.user.id });
  await w.audit({ type: 'ticket', id: ticketId, details: { documentId: doc.id } });
  return doc;
}

/** Show on Portal? for a ticket note or one of the ticket's attachments. */
export async function setTicketItemShown(w: Work, kind: 'ticket_note' | 'document', id: string, shared: boolean) {
  const where = (table: typeof ticketNotes | typeof documents) => and(eq(table.tenantId, w.tenant.id), eq(table.id, id));
  const updated =
    kind === 'ticket_note'
      ? await w.tx.update(ticketNotes).set({ shared }).where(where(ticketNotes)).returning({ id: ticketNotes.id })
      : await w.tx
          .update(documents)
          .set({ shared })
          .where(and(where(documents), isNotNull(documents.ticketId)))
          .returning({ id: documents.id });
  if (!updated.length) throw new NotFoundError(kind === 'ticket_note' ? 'note' : 'document');
  await w.audit({ action: shared ? 'sharing.show_on_portal' : 'sharing.hide_from_portal', type: kind, id });
}
