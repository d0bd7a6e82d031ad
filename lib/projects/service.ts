import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { audit, staffAudit } from '@/lib/audit';
import { getDb, type Db } from '@/lib/db/client';
import { calendarItems, companies, contacts, documents, milestones, projectMembers, projectPosts, projects, taskLists, tasks, ticketNotes } from '@/lib/db/schema';
import { checkUpload, storeDocument } from '@/lib/documents/files';
import { ActionError, NotFoundError, fieldError, type StaffContext } from '@/lib/errors';
import { announceShared, welcomeMember } from '@/lib/sharing/membership';
import type { ProjectInput, Shareable } from './schemas';

export async function getProject(ctx: StaffContext, projectId: string, db?: Db) {
  const conn = db ?? (await getDb());
  const [project] = await conn.select().from(projects).where(and(eq(projects.tenantId, ctx.tenant.id), eq(projects.id, projectId)));
  if (!project) throw new NotFoundError('project');
  return project;
}

async function assertCompany(tx: Db, ctx: StaffContext, companyId: string) {
  const [company] = await tx.select({ id: companies.id }).from(companies).where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId)));
  if (!company) throw fieldError('companyId', 'Choose a company.');
}

export async function createProject(ctx: StaffContext, input: ProjectInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertCompany(tx, ctx, input.companyId);
    const [project] = await tx.insert(projects).values({ ...input, tenantId: ctx.tenant.id, leadUserId: ctx.user.id }).returning();
    await audit(staffAudit(ctx, 'project.create', 'project', project.id, { name: project.name }), tx);
    return project;
  });
}

export async function updateProject(ctx: StaffContext, projectId: string, input: ProjectInput) {
  const db = await getDb();
  return db.transaction(async (tx) => {
    const before = await getProject(ctx, projectId, tx);
    await assertCompany(tx, ctx, input.companyId);
    if (before.companyId !== input.companyId) {
      await tx.delete(projectMembers).where(eq(projectMembers.projectId, projectId));
    }
    const [project] = await tx.update(projects).set(input).where(eq(projects.id, projectId)).returning();
    await audit(staffAudit(ctx, 'project.update', 'project', projectId), tx);
    return project;
  });
}

/** Add People: only contacts of the project's company; each is told (or invited). */
export async function addProjectMembers(ctx: StaffContext, projectId: string, contactIds: string[]) {
  const db = await getDb();
  const project = await getProject(ctx, projectId);
  const people = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, ctx.tenant.id), eq(contacts.companyId, project.companyId), inArray(contacts.id, contactIds)));
  if (people.length !== new Set(contactIds).size) throw new ActionError('Only contacts of the project’s company can be added.');
  const added = await db
    .insert(projectMembers)
    .values(people.map((p) => ({ tenantId: ctx.tenant.id, projectId, contactId: p.id })))
    .onConflictDoNothing()
    .returning({ contactId: projectMembers.contactId });
  const outcomes = [];
  for (const person of people.filter((p) => added.some((a) => a.contactId === p.id))) {
    await audit(staffAudit(ctx, 'project.add_member', 'project', projectId, { contactId: person.id }));
    outcomes.push({ email: person.email, outcome: await welcomeMember(ctx, person, 'project', project.name, `/projects/${project.id}`) });
  }
  return outcomes;
}

export async function removeProjectMember(ctx: StaffContext, projectId: string, contactId: string) {
  const db = await getDb();
  await getProject(ctx, projectId);
  await db.delete(projectMembers).where(and(eq(projectMembers.tenantId, ctx.tenant.id), eq(projectMembers.projectId, projectId), eq(projectMembers.contactId, contactId)));
  await audit(staffAudit(ctx, 'project.remove_member', 'project', projectId, { contactId }));
}

export async function addMilestone(ctx: StaffContext, projectId: string, input: { name: string; dueDate: string | null; shared: boolean }) {
  const db = await getDb();
  await getProject(ctx, projectId);
  const [row] = await db.insert(milestones).values({ ...input, tenantId: ctx.tenant.id, projectId }).returning();
  await audit(staffAudit(ctx, 'milestone.create', 'milestone', row.id, { shared: row.shared }));
  return row;
}

export async function addTaskList(ctx: StaffContext, projectId: string, name: string) {
  const db = await getDb();
  await getProject(ctx, projectId);
  const [row] = await db.insert(taskLists).values({ tenantId: ctx.tenant.id, projectId, name }).returning();
  await audit(staffAudit(ctx, 'task_list.create', 'task_list', row.id));
  return row;
}

type TaskInput = { taskListId: string; name: string; dueDate: string | null; assigneeContactId: string | null; shared: boolean };

export async function addTask(ctx: StaffContext, projectId: string, input: TaskInput) {
  const db = await getDb();
  const project = await getProject(ctx, projectId);
  const [list] = await db.select().from(taskLists).where(and(eq(taskLists.tenantId, ctx.tenant.id), eq(taskLists.projectId, projectId), eq(taskLists.id, input.taskListId)));
  if (!list) throw fieldError('taskListId', 'Choose a task list.');
  if (input.assigneeContactId) {
    const [person] = await db
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.tenantId, ctx.tenant.id), eq(contacts.companyId, project.companyId), eq(contacts.id, input.assigneeContactId)));
    if (!person) throw fieldError('assigneeContactId', 'Choose a contact of the project’s company.');
  }
  const [row] = await db.insert(tasks).values({ ...input, tenantId: ctx.tenant.id, projectId }).returning();
  await audit(staffAudit(ctx, 'task.create', 'task', row.id, { shared: row.shared }));
  return row;
}

export async function setTaskStatus(ctx: StaffContext, taskId: string, status: 'open' | 'in_progress' | 'done') {
  const db = await getDb();
  const [row] = await db.update(tasks).set({ status }).where(and(eq(tasks.tenantId, ctx.tenant.id), eq(tasks.id, taskId))).returning();
  if (!row) throw new NotFoundError('task');
  await audit(staffAudit(ctx, 'task.status', 'task', taskId, { status }));
}

export async function addPost(ctx: StaffContext, projectId: string, input: { kind: 'update' | 'comment' | 'note'; title: string; body: string; shared: boolean }) {
  const db = await getDb();
  const project = await getProject(ctx, projectId);
  const [row] = await db
    .insert(projectPosts)
    .values({ ...input, shared: input.kind === 'note' ? true : input.shared, tenantId: ctx.tenant.id, projectId, authorUserId: ctx.user.id })
    .returning();
  await audit(staffAudit(ctx, `project.add_${input.kind}`, 'project_post', row.id, { shared: row.shared }));
  if (row.shared) await announceShared(ctx.tenant, 'project', projectId, project.name, [row.title, row.body].filter(Boolean).join(': '));
  return row;
}

export async function addCalendarItem(ctx: StaffContext, projectId: string, input: { title: string; startsAt: string }) {
  const db = await getDb();
  await getProject(ctx, projectId);
  const [row] = await db.insert(calendarItems).values({ tenantId: ctx.tenant.id, projectId, title: input.title, startsAt: new Date(`${input.startsAt}Z`) }).returning();
  await audit(staffAudit(ctx, 'calendar_item.create', 'calendar_item', row.id));
  return row;
}

export async function uploadProjectDocument(ctx: StaffContext, projectId: string, file: File, shared: boolean) {
  const checked = await checkUpload(file);
  if (!checked.ok) throw fieldError('file', checked.error);
  const db = await getDb();
  await getProject(ctx, projectId);
  const doc = await db.transaction((tx) => storeDocument(tx, ctx.tenant.id, checked, { projectId, shared, uploadedByUserId: ctx.user.id }));
  await audit(staffAudit(ctx, 'document.upload', 'document', doc.id, { shared, size: doc.size }));
  return doc;
}

const shareable: Record<Shareable, PgTable & { id: AnyPgColumn; tenantId: AnyPgColumn; shared: AnyPgColumn }> = {
  milestone: milestones,
  task: tasks,
  update: projectPosts,
  comment: projectPosts,
  document: documents,
  ticket_note: ticketNotes,
};

/** Show on Portal? — one switch for every shareable item, effective on the portal at once. */
export async function setShowOnPortal(ctx: StaffContext, kind: Shareable, id: string, shared: boolean) {
  const db = await getDb();
  const table = shareable[kind];
  const updated = await db
    .update(table)
    .set({ shared } as never)
    .where(and(eq(table.tenantId, ctx.tenant.id), eq(table.id, id)))
    .returning({ id: table.id });
  if (!updated.length) throw new NotFoundError(kind.replace('_', ' '));
  await audit(staffAudit(ctx, shared ? 'sharing.show_on_portal' : 'sharing.hide_from_portal', kind, id));
}
