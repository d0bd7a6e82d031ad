import 'server-only';
import { and, asc, desc, eq, like, sql } from 'drizzle-orm';
import { authorName } from '@/lib/db/author';
import { getDb } from '@/lib/db/client';
import { cappedCount, likePattern, offsetOf, ordered, type ListParams } from '@/lib/paging';
import type { ProjectSortKey } from './schemas';
import { calendarItems, companies, contacts, documents, milestones, projectMembers, projectPosts, projects, taskLists, tasks } from '@/lib/db/schema';


/**
 * One page of the staff Projects list (of one company, or all): filtered by name, sorted and paged in SQL on the
 * (tenant, name, id) index; member counts are computed for the page's rows only.
 */
export async function getProjectsPage({ tenantId, params, companyId }: { tenantId: string; params: ListParams<ProjectSortKey>; companyId?: string }) {
  const db = await getDb();
  const where = and(
    eq(projects.tenantId, tenantId),
    companyId ? eq(projects.companyId, companyId) : undefined,
    params.q ? like(sql`lower(${projects.name})`, likePattern(params.q)) : undefined,
  );
  const order = ordered(params.dir);
  const sortKey = { name: sql`${projects.name}`, company: sql`${companies.name}`, status: sql`${projects.status}`, due: sql`${projects.dueDate}` }[params.sort];
  const page = db
    .select({ id: projects.id, sortKey: sortKey.as('sort_key'), name: projects.name })
    .from(projects)
    .innerJoin(companies, and(eq(companies.tenantId, tenantId), eq(companies.id, projects.companyId)))
    .where(where)
    .orderBy(order(sortKey), order(projects.name), asc(projects.id))
    .limit(params.size)
    .offset(offsetOf(params))
    .as('page');
  const rowsQuery = db
    .select({
      id: projects.id,
      name: projects.name,
      status: projects.status,
      dueDate: projects.dueDate,
      company: companies.name,
      members: sql<number>`(select count(*)::int from project_members m where m.project_id = ${projects.id})`,
    })
    .from(page)
    .innerJoin(projects, and(eq(projects.tenantId, tenantId), eq(projects.id, page.id)))
    .innerJoin(companies, eq(companies.id, projects.companyId))
    .orderBy(order(page.sortKey), order(page.name), asc(page.id));
  const [rows, total] = await Promise.all([rowsQuery, cappedCount(db, projects, where)]);
  return { rows, total };
}

/** Everything staff see on a project page, shared or not. */
export async function getProjectForStaff({ tenantId, projectId }: { tenantId: string; projectId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ project: projects, company: companies })
    .from(projects)
    .innerJoin(companies, eq(companies.id, projects.companyId))
    .where(and(eq(projects.tenantId, tenantId), eq(projects.id, projectId)));
  if (!row) return null;
  const [members, companyContacts, milestoneRows, lists, taskRows, posts, docs, calendar] = await Promise.all([
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, email: contacts.email, portalUser: sql<boolean>`${contacts.logonName} is not null` })
      .from(projectMembers)
      .innerJoin(contacts, eq(contacts.id, projectMembers.contactId))
      .where(and(eq(projectMembers.tenantId, tenantId), eq(projectMembers.projectId, projectId)))
      .orderBy(asc(contacts.lastName)),
    db
      .select({ id: contacts.id, firstName: contacts.firstName, lastName: contacts.lastName, email: contacts.email, portalUser: sql<boolean>`${contacts.logonName} is not null` })
      .from(contacts)
      .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, row.project.companyId)))
      .orderBy(asc(contacts.lastName)),
    db.select().from(milestones).where(and(eq(milestones.tenantId, tenantId), eq(milestones.projectId, projectId))).orderBy(asc(milestones.createdAt)),
    db.select().from(taskLists).where(and(eq(taskLists.tenantId, tenantId), eq(taskLists.projectId, projectId))).orderBy(asc(taskLists.createdAt)),
    db.select().from(tasks).where(and(eq(tasks.tenantId, tenantId), eq(tasks.projectId, projectId))).orderBy(asc(tasks.createdAt)),
    db
      .select({ id: projectPosts.id, kind: projectPosts.kind, title: projectPosts.title, body: projectPosts.body, shared: projectPosts.shared, createdAt: projectPosts.createdAt, author: authorName })
      .from(projectPosts)
      .where(and(eq(projectPosts.tenantId, tenantId), eq(projectPosts.projectId, projectId)))
      .orderBy(desc(projectPosts.createdAt)),
    db
      .select({ id: documents.id, fileName: documents.fileName, size: documents.size, shared: documents.shared, createdAt: documents.createdAt })
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.projectId, projectId)))
      .orderBy(desc(documents.createdAt)),
    db.select().from(calendarItems).where(and(eq(calendarItems.tenantId, tenantId), eq(calendarItems.projectId, projectId))).orderBy(asc(calendarItems.startsAt)),
  ]);
  return {
    ...row,
    members,
    companyContacts,
    milestones: milestoneRows,
    taskLists: lists.map((l) => ({ ...l, tasks: taskRows.filter((t) => t.taskListId === l.id) })),
    posts,
    documents: docs,
    calendar,
  };
}
