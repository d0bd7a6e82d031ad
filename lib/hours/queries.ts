import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { companies, hourBlocks, projects, retainers, tickets, timeEntries, users } from '@/lib/db/schema';
import { blockSummary, retainerMonths, type BlockSummary, type RetainerMonth } from './usage';

/** Today as YYYY-MM-DD (UTC), the day usage is measured on. */
export const today = () => new Date().toISOString().slice(0, 10);

type Scope = { tenantId: string; companyId: string };

/** The company, when it is this tenant's (another tenant's id is simply not found). */
export async function getHoursCompany({ tenantId, companyId }: Scope, db?: Db) {
  const conn = db ?? (await getDb());
  const [company] = await conn
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  return company ?? null;
}

/** The company's time entries, newest first, with the ticket, project, block and retainer they name. */
export async function listTimeEntries({ tenantId, companyId }: Scope, db?: Db) {
  const conn = db ?? (await getDb());
  return conn
    .select({
      id: timeEntries.id,
      blockId: timeEntries.blockId,
      retainerId: timeEntries.retainerId,
      workedOn: timeEntries.workedOn,
      hours: timeEntries.hours,
      userId: timeEntries.userId,
      worker: timeEntries.workerName,
      userName: users.name,
      ticketId: timeEntries.ticketId,
      ticketNumber: tickets.number,
      ticketTitle: tickets.title,
      projectId: timeEntries.projectId,
      projectName: projects.name,
      description: timeEntries.description,
      billable: timeEntries.billable,
    })
    .from(timeEntries)
    .leftJoin(users, and(eq(users.id, timeEntries.userId), eq(users.tenantId, tenantId)))
    .leftJoin(tickets, and(eq(tickets.id, timeEntries.ticketId), eq(tickets.tenantId, tenantId)))
    .leftJoin(projects, and(eq(projects.id, timeEntries.projectId), eq(projects.tenantId, tenantId)))
    .where(and(eq(timeEntries.tenantId, tenantId), eq(timeEntries.companyId, companyId)))
    .orderBy(desc(timeEntries.workedOn), desc(timeEntries.createdAt));
}
export type TimeEntryRow = Awaited<ReturnType<typeof listTimeEntries>>[number];

/** Who did the work, as shown: the staff member's name, else the name typed or imported. */
export const workerOf = (e: Pick<TimeEntryRow, 'worker' | 'userName'>) => e.userName || e.worker;

export type BlockReport = typeof hourBlocks.$inferSelect & { summary: BlockSummary; entries: TimeEntryRow[] };
export type RetainerReport = typeof retainers.$inferSelect & { months: RetainerMonth[]; entries: TimeEntryRow[] };

/** Everything about a company's hours: blocks with bought/used/remaining, retainers month by month, and every entry. */
export async function getCompanyHours(scope: Scope, on = today(), db?: Db) {
  const conn = db ?? (await getDb());
  const where = <T extends typeof hourBlocks | typeof retainers>(t: T) => and(eq(t.tenantId, scope.tenantId), eq(t.companyId, scope.companyId));
  const [blockRows, retainerRows, entries] = await Promise.all([
    conn.select().from(hourBlocks).where(where(hourBlocks)).orderBy(asc(hourBlocks.purchasedOn), asc(hourBlocks.createdAt)),
    conn.select().from(retainers).where(where(retainers)).orderBy(asc(retainers.startsOn), asc(retainers.createdAt)),
    listTimeEntries(scope, conn),
  ]);
  const blocks: BlockReport[] = blockRows.map((b) => {
    const mine = entries.filter((e) => e.blockId === b.id);
    return { ...b, summary: blockSummary(b, mine, on), entries: mine };
  });
  const retainerReports: RetainerReport[] = retainerRows.map((r) => {
    const mine = entries.filter((e) => e.retainerId === r.id);
    return { ...r, months: retainerMonths(r, mine, on), entries: mine };
  });
  return { blocks, retainers: retainerReports, entries };
}

/** Choices for the Log time form: staff, and the company's own tickets and projects. */
export async function getTimeEntryOptions({ tenantId, companyId }: Scope) {
  const db = await getDb();
  const [staff, ticketRows, projectRows] = await Promise.all([
    db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(eq(users.tenantId, tenantId)).orderBy(asc(users.name)),
    db
      .select({ id: tickets.id, number: tickets.number, title: tickets.title })
      .from(tickets)
      .where(and(eq(tickets.tenantId, tenantId), eq(tickets.companyId, companyId)))
      .orderBy(desc(tickets.number))
      .limit(200),
    db
      .select({ id: projects.id, name: projects.name })
      .from(projects)
      .where(and(eq(projects.tenantId, tenantId), eq(projects.companyId, companyId)))
      .orderBy(asc(projects.name)),
  ]);
  return { staff, tickets: ticketRows, projects: projectRows };
}

