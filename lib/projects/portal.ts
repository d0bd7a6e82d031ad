import 'server-only';
import { and, asc, desc, eq, like, ne, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { authorName } from '@/lib/db/author';
import { getDb } from '@/lib/db/client';
import { calendarItems, companies, contacts, documents, milestones, projectMembers, projectPosts, projects, taskLists, tasks, users } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { TeamMessageEmail } from '@/lib/email/templates/membership';
import { ActionError, NotFoundError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import { cappedCount, likePattern, offsetOf } from '@/lib/paging';
import { findVisibleProject, may, visibleProjects, type Viewer } from '@/lib/portal/access';
import { insertTicket } from '@/lib/tickets/service';
import { PORTAL_PROJECT_DEFAULTS, type PortalProjectParams } from './schemas';

/** The portal side of projects: what a portal user sees of them, and what they may do there ("projects.work"). */
type Work = ClientWork<'projects.work'>;

const projectSorts = { name: sql`lower(${projects.name})`, status: projects.status, due: projects.dueDate };

function projectsWhere(viewer: Viewer, q: string) {
  return q ? and(visibleProjects(viewer), like(sql`lower(${projects.name})`, likePattern(q))) : visibleProjects(viewer);
}

/** One page of the projects the viewer may see, sorted and filtered (by name) in SQL. */
export async function listPortalProjects(viewer: Viewer, given: Partial<PortalProjectParams> = {}) {
  const params = { ...PORTAL_PROJECT_DEFAULTS, ...given };
  const db = await getDb();
  const order = params.dir === 'asc' ? asc : desc;
  return db
    .select({ id: projects.id, name: projects.name, status: projects.status, dueDate: projects.dueDate, company: companies.name })
    .from(projects)
    .innerJoin(companies, eq(companies.id, projects.companyId))
    .where(projectsWhere(viewer, params.q))
    .orderBy(order(projectSorts[params.sort]), order(projects.name), asc(projects.id))
    .limit(params.size)
    .offset(offsetOf(params));
}

export async function getPortalProjectsPage(viewer: Viewer, params: PortalProjectParams) {
  const db = await getDb();
  const [rows, total] = await Promise.all([listPortalProjects(viewer, params), cappedCount(db, projects, projectsWhere(viewer, params.q))]);
  return { rows, total };
}

/** The Overview's unfinished projects: the five newest and how many there are (capped). */
export async function activePortalProjects(viewer: Viewer, shown = 5) {
  const db = await getDb();
  const active = and(visibleProjects(viewer), ne(projects.status, 'completed'));
  const [rows, total] = await Promise.all([
    db.select({ id: projects.id, name: projects.name, status: projects.status }).from(projects).where(active).orderBy(desc(projects.createdAt), asc(projects.id)).limit(shown),
    cappedCount(db, projects, active),
  ]);
  return { rows, total };
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

async function visibleProjectOrNotFound(w: Work, projectId: string) {
  const project = await findVisibleProject(w.viewer, projectId);
  if (!project) throw new NotFoundError('project');
  return project;
}

export async function addProjectNote(w: Work, projectId: string, body: string) {
  await visibleProjectOrNotFound(w, projectId);
  const [note] = await w.tx
    .insert(projectPosts)
    .values({ tenantId: w.tenant.id, projectId, kind: 'note', body, shared: true, authorContactId: w.contact.id })
    .returning();
  await w.audit({ type: 'project', id: projectId });
  return note;
}

/** Add issue: a ticket about the project, in the project's company. */
export async function addProjectIssue(w: Work, projectId: string, input: { title: string; description: string }) {
  const project = await visibleProjectOrNotFound(w, projectId);
  const ticket = await insertTicket(w.tx, {
    tenantId: w.tenant.id,
    companyId: project.companyId,
    projectId,
    ...input,
    createdByContactId: w.contact.id,
    ticketContactId: w.contact.id,
  });
  await w.audit({ type: 'ticket', id: ticket.id, details: { projectId } });
  return ticket;
}

/** Email project team: the project lead and the other members (sent once the work has committed). */
export async function emailProjectTeam(w: Work, projectId: string, message: string) {
  const project = await visibleProjectOrNotFound(w, projectId);
  const [members, lead] = await Promise.all([
    w.tx
      .select({ email: contacts.email })
      .from(projectMembers)
      .innerJoin(contacts, eq(contacts.id, projectMembers.contactId))
      .where(and(eq(projectMembers.tenantId, w.tenant.id), eq(projectMembers.projectId, projectId), ne(contacts.id, w.contact.id))),
    project.leadUserId ? w.tx.select({ email: users.email }).from(users).where(and(eq(users.tenantId, w.tenant.id), eq(users.id, project.leadUserId))) : [],
  ]);
  const recipients = [...new Set([...lead, ...members].map((r) => r.email))];
  if (!recipients.length) throw new ActionError('This project has no one else to write to yet.');
  const from = `${w.contact.firstName} ${w.contact.lastName}`.trim();
  for (const to of recipients) {
    await sendEmail({
      tenantId: w.tenant.id,
      to,
      subject: `${from} wrote to the ${project.name} team`,
      template: 'team-message',
      body: TeamMessageEmail({ tenantName: w.tenant.name, from, project: project.name, message }),
    });
  }
  await w.audit({ type: 'project', id: projectId, details: { recipients: recipients.length } });
  return recipients.length;
}
