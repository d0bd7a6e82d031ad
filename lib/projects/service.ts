import 'server-only';
import { and, eq, inArray, isNotNull, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { StaffWork } from '@/lib/pipeline';
import { calendarItems, companies, contacts, documents, milestones, projectMembers, projectPosts, projects, taskLists, tasks } from '@/lib/db/schema';
import { checkUpload, storeDocument } from '@/lib/documents/files';
import { ActionError, NotFoundError, fieldError, type StaffContext } from '@/lib/errors';
import { announceShared, welcomeMember } from '@/lib/portal/membership';
import { getDb, type Db } from '@/lib/db/client';
import type { ProjectInput, Shareable } from './schemas';

type Work = StaffWork<'projects.edit'>;

/** A project of this tenant (another tenant's id is simply not found). */
export async function getProject(ctx: StaffContext, projectId: string, db?: Db) {
  const conn = db ?? (await getDb());
  const [project] = await conn
    .select()
    .from(projects)
    .where(and(eq(projects.tenantId, ctx.tenant.id), eq(projects.id, projectId)));
  if (!project) throw new NotFoundError('project');
  return project;
}

async function assertCompany(w: Work, companyId: string) {
  const [company] = await w.tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, companyId)));
  if (!company) throw fieldError('companyId', 'Choose a company.');
}

export async function createProject(w: Work, input: ProjectInput) {
  await assertCompany(w, input.companyId);
  const [project] = await w.tx
    .insert(projects)
    .values({ ...input, tenantId: w.tenant.id, leadUserId: w.user.id })
    .returning();
  await w.audit({ type: 'project', id: project.id, details: { name: project.name } });
  return project;
}

export async function updateProject(w: Work, projectId: string, input: ProjectInput) {
  const before = await getProject(w, projectId, w.tx);
  await assertCompany(w, input.companyId);
  // Members are people of the project's company: a move leaves them behind.
  if (before.companyId !== input.companyId) {
    await w.tx.delete(projectMembers).where(and(eq(projectMembers.tenantId, w.tenant.id), eq(projectMembers.projectId, projectId)));
  }
  const [project] = await w.tx
    .update(projects)
    .set(input)
    .where(and(eq(projects.tenantId, w.tenant.id), eq(projects.id, projectId)))
    .returning();
  await w.audit({ type: 'project', id: projectId });
  return project;
}

/** Add People: only contacts of the project's company; each is told (or invited, when the staff member may give portal access). */
export async function addProjectMembers(w: Work, projectId: string, contactIds: string[]) {
  const project = await getProject(w, projectId, w.tx);
  const people = await w.tx
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.companyId, project.companyId), inArray(contacts.id, contactIds)));
  if (people.length !== new Set(contactIds).size) throw new ActionError('Only contacts of the project’s company can be added.');
  const added = await w.tx
    .insert(projectMembers)
    .values(people.map((p) => ({ tenantId: w.tenant.id, projectId, contactId: p.id })))
    .onConflictDoNothing()
    .returning({ contactId: projectMembers.contactId });
  if (!added.length) throw new ActionError('Those people are already members.');
  const outcomes = [];
  for (const person of people.filter((p) => added.some((a) => a.contactId === p.id))) {
    await w.audit({ type: 'project', id: projectId, details: { contactId: person.id } });
    outcomes.push({ email: person.email, outcome: await welcomeMember(w, person, 'project', project.name, `/projects/${project.id}`) });
  }
  return outcomes;
}

export async function removeProjectMember(w: Work, projectId: string, contactId: string) {
  await getProject(w, projectId, w.tx);
  const removed = await w.tx
    .delete(projectMembers)
    .where(and(eq(projectMembers.tenantId, w.tenant.id), eq(projectMembers.projectId, projectId), eq(projectMembers.contactId, contactId)))
    .returning();
  if (!removed.length) throw new NotFoundError('member');
  await w.audit({ type: 'project', id: projectId, details: { contactId } });
}

export async function addMilestone(w: Work, projectId: string, input: { name: string; dueDate: string | null; shared: boolean }) {
  await getProject(w, projectId, w.tx);
  const [row] = await w.tx
    .insert(milestones)
    .values({ ...input, tenantId: w.tenant.id, projectId })
    .returning();
  await w.audit({ type: 'milestone', id: row.id, details: { shared: row.shared } });
  return row;
}

export async function addTaskList(w: Work, projectId: string, name: string) {
  await getProject(w, projectId, w.tx);
  const [row] = await w.tx.insert(taskLists).values({ tenantId: w.tenant.id, projectId, name }).returning();
  await w.audit({ type: 'task_list', id: row.id });
  return row;
}

type TaskInput = { taskListId: string; name: string; dueDate: string | null; assigneeContactId: string | null; shared: boolean };

export async function addTask(w: Work, projectId: string, input: TaskInput) {
  const project = await getProject(w, projectId, w.tx);
  const [list] = await w.tx
    .select()
    .from(taskLists)
    .where(and(eq(taskLists.tenantId, w.tenant.id), eq(taskLists.projectId, projectId), eq(taskLists.id, input.taskListId)));
  if (!list) throw fieldError('taskListId', 'Choose a task list.');
  if (input.assigneeContactId) {
    const [person] = await w.tx
      .select({ id: contacts.id })
      .from(contacts)
      .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.companyId, project.companyId), eq(contacts.id, input.assigneeContactId)));
    if (!person) throw fieldError('assigneeContactId', 'Choose a contact of the project’s company.');
  }
  const [row] = await w.tx
    .insert(tasks)
    .values({ ...input, tenantId: w.tenant.id, projectId })
    .returning();
  await w.audit({ type: 'task', id: row.id, details: { shared: row.shared } });
  return row;
}

export async function setTaskStatus(w: Work, taskId: string, status: 'open' | 'in_progress' | 'done') {
  const [row] = await w.tx
    .update(tasks)
    .set({ status })
    .where(and(eq(tasks.tenantId, w.tenant.id), eq(tasks.id, taskId)))
    .returning();
  if (!row) throw new NotFoundError('task');
  await w.audit({ type: 'task', id: taskId, details: { status } });
}

export async function addPost(w: Work, projectId: string, input: { kind: 'update' | 'comment' | 'note'; title: string; body: string; shared: boolean }) {
  const project = await getProject(w, projectId, w.tx);
  const [row] = await w.tx
    .insert(projectPosts)
    .values({ ...input, shared: input.kind === 'note' ? true : input.shared, tenantId: w.tenant.id, projectId, authorUserId: w.user.id })
    .returning();
  await w.audit({ action: `project.add_${input.kind}`, type: 'project_post', id: row.id, details: { shared: row.shared } });
  if (row.shared) await announceShared(w.tenant, 'project', projectId, project.name, [row.title, row.body].filter(Boolean).join(': '));
  return row;
}

export async function addCalendarItem(w: Work, projectId: string, input: { title: string; startsAt: string }) {
  await getProject(w, projectId, w.tx);
  const [row] = await w.tx
    .insert(calendarItems)
    .values({ tenantId: w.tenant.id, projectId, title: input.title, startsAt: new Date(`${input.startsAt}Z`) })
    .returning();
  await w.audit({ type: 'calendar_item', id: row.id });
  return row;
}

export async function uploadProjectDocument(w: Work, projectId: string, file: File, shared: boolean) {
  const checked = await checkUpload(file);
  if (!checked.ok) throw fieldError('file', checked.error);
  await getProject(w, projectId, w.tx);
  const doc = await storeDocument(w.tx, w.tenant.id, checked, { projectId, shared, uploadedByUserId: w.user.id });
  await w.audit({ type: 'document', id: doc.id, details: { shared, size: doc.size } });
  return doc;
}

type ShareableTable = PgTable & { id: AnyPgColumn; tenantId: AnyPgColumn; shared: AnyPgColumn };
type ProjectShareable = Exclude<Shareable, 'ticket_note'>;

/** Each project item with a Show on Portal? switch, and what makes a row one of a project's. */
const projectItems: Record<ProjectShareable, { table: ShareableTable; ofProject?: SQL }> = {
  milestone: { table: milestones },
  task: { table: tasks },
  update: { table: projectPosts, ofProject: eq(projectPosts.kind, 'update') },
  comment: { table: projectPosts, ofProject: eq(projectPosts.kind, 'comment') },
  document: { table: documents, ofProject: isNotNull(documents.projectId) },
};

/** Show on Portal? for one of a project's items, effective on the portal at once. */
export async function setShowOnPortal(w: Work, kind: ProjectShareable, id: string, shared: boolean) {
  const { table, ofProject } = projectItems[kind];
  const updated = await w.tx
    .update(table)
    .set({ shared } as never)
    .where(and(eq(table.tenantId, w.tenant.id), eq(table.id, id), ofProject))
    .returning({ id: table.id });
  if (!updated.length) throw new NotFoundError(kind);
  await w.audit({ action: shared ? 'sharing.show_on_portal' : 'sharing.hide_from_portal', type: kind, id });
}
