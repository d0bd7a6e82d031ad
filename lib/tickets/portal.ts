import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { authorName } from '@/lib/db/author';
import { getDb } from '@/lib/db/client';
import { companies, documents, ticketNotes, tickets, type RequestType, type TicketPriority, type TicketStatus } from '@/lib/db/schema';
import { checkUpload, storeDocument, type UploadCheck } from '@/lib/documents/files';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import { companyOffHoursNow } from '@/lib/portal-admin/off-hours';
import { findVisibleTicket, may, visibleTickets, type Viewer } from '@/lib/portal/access';
import { queueForRequest } from '@/lib/portal-admin/queues';
import { requestTypeForRequest } from '@/lib/portal-admin/request-types';
import { insertTicket } from './service';

/** The portal side of tickets: what a portal user sees of them, service requests and the client's notes. */

export async function listPortalTickets(viewer: Viewer, status?: TicketStatus) {
  const db = await getDb();
  const where = await visibleTickets(viewer);
  return db
    .select({
      id: tickets.id,
      number: tickets.number,
      title: tickets.title,
      status: tickets.status,
      priority: may(viewer, 'tickets.view_priority') ? tickets.priority : sql<null>`null`,
      company: companies.name,
      createdAt: tickets.createdAt,
    })
    .from(tickets)
    .innerJoin(companies, eq(companies.id, tickets.companyId))
    .where(status ? and(where, eq(tickets.status, status)) : where)
    .orderBy(desc(tickets.createdAt));
}

/** A ticket as the viewer may see it: shared notes and attachments; priority only where permitted. */
export async function getPortalTicket(viewer: Viewer, ticketId: string) {
  const ticket = await findVisibleTicket(viewer, ticketId);
  if (!ticket) return null;
  const db = await getDb();
  const [notes, attachments] = await Promise.all([
    db
      .select({ id: ticketNotes.id, body: ticketNotes.body, createdAt: ticketNotes.createdAt, author: authorName })
      .from(ticketNotes)
      .where(and(eq(ticketNotes.tenantId, viewer.tenantId), eq(ticketNotes.ticketId, ticket.id), eq(ticketNotes.shared, true)))
      .orderBy(asc(ticketNotes.createdAt)),
    db
      .select({ id: documents.id, fileName: documents.fileName, size: documents.size })
      .from(documents)
      .where(and(eq(documents.tenantId, viewer.tenantId), eq(documents.ticketId, ticket.id), eq(documents.shared, true))),
  ]);
  return { ticket: { ...ticket, priority: may(viewer, 'tickets.view_priority') ? ticket.priority : null }, notes, attachments };
}

async function optionalUpload(file: File | undefined): Promise<Extract<UploadCheck, { ok: true }> | null> {
  if (!file || file.size === 0) return null;
  const checked = await checkUpload(file);
  if (!checked.ok) throw fieldError('file', checked.error);
  return checked;
}

/**
 * New service request: a ticket of the user's company; the priority only when their level may set it; filed in one
 * of the company's queues (the default unless chosen) as one of its offered request types.
 */
export async function createServiceRequest(
  w: ClientWork<'tickets.create'>,
  input: { title: string; description: string; priority?: TicketPriority; queueId?: string | null; requestType?: RequestType },
  file?: File,
) {
  const upload = await optionalUpload(file);
  const queueId = await queueForRequest(w.viewer, input.queueId);
  const requestType = await requestTypeForRequest(w.viewer, input.requestType);
  const priority = may(w.viewer, 'tickets.set_priority') && input.priority ? input.priority : 'medium';
  const ticket = await insertTicket(w.tx, {
    tenantId: w.tenant.id,
    companyId: w.contact.companyId,
    title: input.title,
    description: input.description,
    priority,
    queueId,
    requestType,
    createdByContactId: w.contact.id,
    ticketContactId: w.contact.id,
    createdOffHours: await companyOffHoursNow(w.tenant.id, w.contact.companyId, new Date(), w.tx),
  });
  if (upload) await storeDocument(w.tx, w.tenant.id, upload, { ticketId: ticket.id, shared: true, uploadedByContactId: w.contact.id });
  await w.audit({ type: 'ticket', id: ticket.id, details: { number: ticket.number, attachment: Boolean(upload) } });
  return ticket;
}

export async function addClientTicketNote(w: ClientWork<'tickets.own'>, ticketId: string, body: string, file?: File) {
  const ticket = await findVisibleTicket(w.viewer, ticketId);
  if (!ticket) throw new NotFoundError('ticket');
  const upload = await optionalUpload(file);
  await w.tx.insert(ticketNotes).values({ tenantId: w.tenant.id, ticketId, body, shared: true, authorContactId: w.contact.id });
  if (upload) await storeDocument(w.tx, w.tenant.id, upload, { ticketId, shared: true, uploadedByContactId: w.contact.id });
  await w.audit({ type: 'ticket', id: ticketId });
}
