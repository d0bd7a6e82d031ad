import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { getDb } from '@/lib/db/client';
import { contacts, projectMembers, projectPosts, ticketNotes, users, type Contact, type Tenant, type TicketPriority } from '@/lib/db/schema';
import { checkUpload, storeDocument, type UploadCheck } from '@/lib/documents/files';
import { sendEmail } from '@/lib/email/send';
import { TeamMessageEmail } from '@/lib/email/templates/membership';
import { ActionError, NotFoundError, fieldError } from '@/lib/errors';
import { insertTicket } from '@/lib/tickets/service';
import { findVisibleProject, findVisibleTicket, may, type Viewer } from './access';

export type PortalActor = { tenant: Tenant; contact: Contact; viewer: Viewer };

const clientAudit = (actor: PortalActor, action: string, targetType: string, targetId: string, details?: Record<string, unknown>) =>
  audit({ tenantId: actor.tenant.id, actorType: 'client', actorId: actor.contact.id, action, targetType, targetId, details });

async function optionalUpload(file: File | undefined): Promise<Extract<UploadCheck, { ok: true }> | null> {
  if (!file || file.size === 0) return null;
  const checked = await checkUpload(file);
  if (!checked.ok) throw fieldError('file', checked.error);
  return checked;
}

async function visibleProjectOrNotFound(actor: PortalActor, projectId: string) {
  const project = await findVisibleProject(actor.viewer, projectId);
  if (!project) throw new NotFoundError('project');
  return project;
}

export async function addProjectNote(actor: PortalActor, projectId: string, body: string) {
  await visibleProjectOrNotFound(actor, projectId);
  const db = await getDb();
  const [note] = await db
    .insert(projectPosts)
    .values({ tenantId: actor.tenant.id, projectId, kind: 'note', body, shared: true, authorContactId: actor.contact.id })
    .returning();
  await clientAudit(actor, 'project.add_note', 'project', projectId);
  return note;
}

/** Add issue: a ticket about the project, in the project's company. */
export async function addProjectIssue(actor: PortalActor, projectId: string, input: { title: string; description: string }) {
  const project = await visibleProjectOrNotFound(actor, projectId);
  const db = await getDb();
  const ticket = await db.transaction((tx) =>
    insertTicket(tx, { tenantId: actor.tenant.id, companyId: project.companyId, projectId, ...input, createdByContactId: actor.contact.id, ticketContactId: actor.contact.id }),
  );
  await clientAudit(actor, 'project.add_issue', 'ticket', ticket.id, { projectId });
  return ticket;
}

/** Email project team: the project lead and the other members. */
export async function emailProjectTeam(actor: PortalActor, projectId: string, message: string) {
  const project = await visibleProjectOrNotFound(actor, projectId);
  const db = await getDb();
  const [members, lead] = await Promise.all([
    db
      .select({ email: contacts.email })
      .from(projectMembers)
      .innerJoin(contacts, eq(contacts.id, projectMembers.contactId))
      .where(and(eq(projectMembers.tenantId, actor.tenant.id), eq(projectMembers.projectId, projectId), ne(contacts.id, actor.contact.id))),
    project.leadUserId ? db.select({ email: users.email }).from(users).where(and(eq(users.tenantId, actor.tenant.id), eq(users.id, project.leadUserId))) : [],
  ]);
  const recipients = [...new Set([...lead, ...members].map((r) => r.email))];
  if (!recipients.length) throw new ActionError('This project has no one else to write to yet.');
  const from = `${actor.contact.firstName} ${actor.contact.lastName}`.trim();
  for (const to of recipients) {
    await sendEmail({
      tenantId: actor.tenant.id,
      to,
      subject: `${from} wrote to the ${project.name} team`,
      template: 'team-message',
      body: TeamMessageEmail({ tenantName: actor.tenant.name, from, project: project.name, message }),
    });
  }
  await clientAudit(actor, 'project.email_team', 'project', projectId, { recipients: recipients.length });
  return recipients.length;
}

/** New service request: a ticket of the user's company; the priority only when their level may set it. */
export async function createServiceRequest(actor: PortalActor, input: { title: string; description: string; priority?: TicketPriority }, file?: File) {
  const upload = await optionalUpload(file);
  const db = await getDb();
  const priority = may(actor.viewer, 'tickets.set_priority') && input.priority ? input.priority : 'medium';
  const ticket = await db.transaction(async (tx) => {
    const created = await insertTicket(tx, {
      tenantId: actor.tenant.id,
      companyId: actor.contact.companyId,
      title: input.title,
      description: input.description,
      priority,
      createdByContactId: actor.contact.id,
      ticketContactId: actor.contact.id,
    });
    if (upload) await storeDocument(tx, actor.tenant.id, upload, { ticketId: created.id, shared: true, uploadedByContactId: actor.contact.id });
    return created;
  });
  await clientAudit(actor, 'ticket.create', 'ticket', ticket.id, { number: ticket.number, attachment: Boolean(upload) });
  return ticket;
}

export async function addClientTicketNote(actor: PortalActor, ticketId: string, body: string, file?: File) {
  const ticket = await findVisibleTicket(actor.viewer, ticketId);
  if (!ticket) throw new NotFoundError('ticket');
  const upload = await optionalUpload(file);
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx.insert(ticketNotes).values({ tenantId: actor.tenant.id, ticketId, body, shared: true, authorContactId: actor.contact.id });
    if (upload) await storeDocument(tx, actor.tenant.id, upload, { ticketId, shared: true, uploadedByContactId: actor.contact.id });
  });
  await clientAudit(actor, 'ticket.add_note', 'ticket', ticketId);
}
