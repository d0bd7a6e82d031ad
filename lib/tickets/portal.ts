import 'server-only';
import { and, asc, desc, eq, like, notInArray, or, sql } from 'drizzle-orm';
import { authorName } from '@/lib/db/author';
import { getDb } from '@/lib/db/client';
import { companies, documents, ticketNotes, tickets, type RequestType, type TicketPriority } from '@/lib/db/schema';
import { checkUpload, storeDocument, type UploadCheck } from '@/lib/documents/files';
import { NotFoundError, fieldError } from '@/lib/errors';
import { cappedCount, likePattern, offsetOf, type Total } from '@/lib/paging';
import type { ClientWork } from '@/lib/pipeline';
import { companyOffHoursNow } from '@/lib/portal-admin/off-hours';
import { findVisibleTicket, may, visibleTickets, type Viewer } from '@/lib/portal/access';
import { queueForRequest } from '@/lib/portal-admin/queues';
import { requestTypeForRequest } from '@/lib/portal-admin/request-types';
import { PORTAL_TICKET_DEFAULTS, type PortalTicketParams } from './schemas';
import { insertTicket } from './service';

/** The portal side of tickets: what a portal user sees of them, service requests and the client's notes. */

const ticketSorts = { number: tickets.number, title: sql`lower(${tickets.title})`, status: tickets.status, created: tickets.createdAt };

/** The viewer's tickets with the status and filter (title or number) of `params`. */
async function ticketsWhere(viewer: Viewer, params: Pick<PortalTicketParams, 'q' | 'status'>) {
  const conditions = [await visibleTickets(viewer)];
  if (params.status) conditions.push(eq(tickets.status, params.status));
  if (params.q) conditions.push(or(like(sql`lower(${tickets.title})`, likePattern(params.q)), eq(sql`${tickets.number}::text`, params.q.replace(/^#/, '')))!);
  return and(...conditions);
}

/** One page of the tickets the viewer may see, sorted and filtered in SQL (newest first unless asked otherwise). */
export async function listPortalTickets(viewer: Viewer, given: Partial<PortalTicketParams> = {}) {
  const params = { ...PORTAL_TICKET_DEFAULTS, ...given };
  const db = await getDb();
  const order = params.dir === 'asc' ? asc : desc;
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
    .where(await ticketsWhere(viewer, params))
    .orderBy(order(ticketSorts[params.sort]), order(tickets.number))
    .limit(params.size)
    .offset(offsetOf(params));
}

/** How many tickets the list of `params` holds, counted up to the cap. */
export async function countPortalTickets(viewer: Viewer, params: Pick<PortalTicketParams, 'q' | 'status'> = { q: '' }): Promise<Total> {
  return cappedCount(await getDb(), tickets, await ticketsWhere(viewer, params));
}

export async function getPortalTicketsPage(viewer: Viewer, params: PortalTicketParams) {
  const [rows, total] = await Promise.all([listPortalTickets(viewer, params), countPortalTickets(viewer, params)]);
  return { rows, total };
}

/** The Overview's open tickets: the five newest and how many there are (capped). */
export async function openPortalTickets(viewer: Viewer, shown = 5) {
  const db = await getDb();
  const open = and(await visibleTickets(viewer), notInArray(tickets.status, ['resolved', 'closed']));
  const [rows, total] = await Promise.all([
    db.select({ id: tickets.id, number: tickets.number, title: tickets.title, status: tickets.status }).from(tickets).where(open).orderBy(desc(tickets.number)).limit(shown),
    cappedCount(db, tickets, open),
  ]);
  return { rows, total };
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
