import 'server-only';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { authorName } from '@/lib/db/author';
import { getDb } from '@/lib/db/client';
import {
  calendarItems,
  companies,
  contacts,
  documents,
  milestones,
  projectMembers,
  projectPosts,
  projects,
  taskLists,
  tasks,
  ticketNotes,
  tickets,
  type TicketStatus,
} from '@/lib/db/schema';
import { findVisibleProject, findVisibleTicket, may, visibleProjects, visibleTickets, type Viewer } from './access';


export async function listPortalProjects(viewer: Viewer) {
  const db = await getDb();
  return db
    .select({ id: projects.id, name: projects.name, status: projects.status, dueDate: projects.dueDate, company: companies.name })
    .from(projects)
    .innerJoin(companies, eq(companies.id, projects.companyId))
    .where(visibleProjects(viewer))
    .orderBy(asc(projects.name));
}

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

/** A project as the viewer may see it: only shared items; charges and hours only where permitted. */
export async function getPortalProject(viewer: Viewer, projectId: string) {
  const project = await findVisibleProject(viewer, projectId);
  if (!project) return null;
  const db = await getDb();
  const inProject = (t: { tenantId: AnyPgColumn; projectId: AnyPgColumn }) => and(eq(t.tenantId, viewer.tenantId), eq(t.projectId, project.id));
  const [milestoneRows, listRows, taskRows, calendar, posts, docs, team] = await Promise.all([
    db.select().from(milestones).where(and(inProject(milestones), eq(milestones.shared, true))).orderBy(asc(milestones.dueDate)),
    db
      .select()
      .from(taskLists)
      .where(and(inProject(taskLists), sql`exists (select 1 from ${tasks} where ${tasks.taskListId} = ${taskLists.id} and ${tasks.shared})`))
      .orderBy(asc(taskLists.createdAt)),
    db.select().from(tasks).where(and(inProject(tasks), eq(tasks.shared, true))).orderBy(asc(tasks.createdAt)),
    db.select().from(calendarItems).where(inProject(calendarItems)).orderBy(asc(calendarItems.startsAt)),
    db
      .select({ id: projectPosts.id, kind: projectPosts.kind, title: projectPosts.title, body: projectPosts.body, createdAt: projectPosts.createdAt, author: authorName })
      .from(projectPosts)
      .where(and(inProject(projectPosts), sql`(${projectPosts.shared} or ${projectPosts.kind} = 'note')`))
      .orderBy(desc(projectPosts.createdAt)),
    db
      .select({ id: documents.id, fileName: documents.fileName, size: documents.size, createdAt: documents.createdAt })
      .from(documents)
      .where(and(eq(documents.tenantId, viewer.tenantId), eq(documents.projectId, project.id), eq(documents.shared, true)))
      .orderBy(desc(documents.createdAt)),
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName })
      .from(projectMembers)
      .innerJoin(contacts, eq(contacts.id, projectMembers.contactId))
      .where(and(eq(projectMembers.tenantId, viewer.tenantId), eq(projectMembers.projectId, project.id))),
  ]);
  return {
    project: {
      ...project,
      charges: may(viewer, 'projects.charges') ? project.charges : null,
      estimatedHours: may(viewer, 'projects.estimated_hours') ? project.estimatedHours : null,
    },
    milestones: milestoneRows,
    taskLists: listRows.map((list) => ({ ...list, tasks: taskRows.filter((t) => t.taskListId === list.id) })),
    calendar,
    updates: posts.filter((p) => p.kind === 'update'),
    comments: posts.filter((p) => p.kind === 'comment'),
    notes: posts.filter((p) => p.kind === 'note'),
    documents: docs,
    team,
  };
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

/** A shared document the viewer may download: of a visible project, or an attachment of a visible ticket. */
export async function canDownload(viewer: Viewer, documentId: string) {
  const db = await getDb();
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.tenantId, viewer.tenantId), eq(documents.id, documentId), eq(documents.shared, true)));
  if (!doc) return false;
  if (doc.projectId) return Boolean(await findVisibleProject(viewer, doc.projectId));
  if (doc.ticketId) return Boolean(await findVisibleTicket(viewer, doc.ticketId));
  return false;
}

export async function projectNamesById(viewer: Viewer, ids: string[]) {
  if (!ids.length) return [];
  const db = await getDb();
  return db.select({ id: projects.id, name: projects.name }).from(projects).where(and(inArray(projects.id, ids), visibleProjects(viewer)));
}
