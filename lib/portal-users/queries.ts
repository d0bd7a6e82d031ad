import 'server-only';
import { and, asc, count, desc, eq, inArray, isNotNull, like, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { companies, contacts, securityLevels } from '@/lib/db/schema';
import { levelChoices } from '@/lib/security-levels/queries';
import { cappedCount, likePattern } from '@/lib/paging';
import type { ListParams, SortKey } from './schemas';

export type PortalUserStatus = 'Active' | 'Invited' | 'Inactive';

const status = sql<PortalUserStatus>`case when not ${contacts.portalAccess} then 'Inactive' when ${contacts.passwordHash} is null then 'Invited' else 'Active' end`;
const fullName = sql<string>`${contacts.firstName} || ' ' || ${contacts.lastName}`;

const sortColumns: Record<SortKey, SQL | typeof contacts.companyName | typeof contacts.email | typeof securityLevels.rank> = {
  company: contacts.companyName,
  email: contacts.email,
  name: fullName,
  level: securityLevels.rank,
  status,
};


/**
 * Portal users of the tenant whose company, e-mail, name or logon name contains `q` (trigram index); with
 * `companyIds`, only those of these companies (a client Manager's company and its subsidiaries).
 */
function listWhere(tenantId: string, q: string, companyIds?: string[]) {
  const conditions = [eq(contacts.tenantId, tenantId), isNotNull(contacts.logonName)];
  if (companyIds) conditions.push(inArray(contacts.companyId, companyIds));
  if (q) conditions.push(like(contacts.search, likePattern(q)));
  return and(...conditions);
}

/**
 * One page of the Portal Access list: filtered, sorted and paged in SQL, scoped to the tenant.
 * Unfiltered, the (tenant, company, e-mail) index gives the order; filtered, the trigram index finds
 * the matches once (a CTE used twice is materialized) and they are counted and sorted from there.
 */
export async function getPortalUsersPage({
  tenantId,
  params,
  companyIds,
}: {
  tenantId: string;
  params: ListParams;
  companyIds?: string[];
}): Promise<{ rows: PortalUserListRow[]; total: number; capped: boolean }> {
  const db = await getDb();
  const where = listWhere(tenantId, params.q, companyIds);
  const order = params.dir === 'asc' ? asc : desc;
  const offset = (params.page - 1) * params.size;

  if (!params.q) {
    const rowsQuery = db
      .select({ id: contacts.id, company: contacts.companyName, email: contacts.email, name: fullName, logonName: contacts.logonName, level: securityLevels.name, status })
      .from(contacts)
      .leftJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
      .where(where)
      .orderBy(order(sortColumns[params.sort]), order(contacts.email), asc(contacts.id))
      .limit(params.size)
      .offset(offset);
    const [rows, { count: total, capped }] = await Promise.all([rowsQuery, cappedCount(db, contacts, where)]);
    return { rows, total, capped };
  }

  const found = await filteredPageQuery(db, where, params);
  const total = found[0]?.total ?? (offset > 0 ? (await db.select({ n: count() }).from(contacts).where(where))[0].n : 0);
  return { rows: found.map(({ total: _, ...row }) => row), total, capped: false };
}

type PortalUserListRow = { id: string; company: string; email: string; name: string; logonName: string | null; level: string | null; status: PortalUserStatus };

function filteredPageQuery(db: Db, where: SQL | undefined, params: ListParams) {
  const order = params.dir === 'asc' ? asc : desc;
  const sortKey = {
    company: sql`${contacts.companyName}`,
    email: sql`${contacts.email}`,
    name: fullName,
    status,
    level: sql`(select rank from security_levels l where l.id = ${contacts.securityLevelId})`,
  }[params.sort];
  // Only narrow rows are collected and sorted; the page's hundred rows are fetched in full afterwards.
  const matches = db.$with('matches').as(
    db.select({ id: contacts.id, sortKey: sortKey.as('sort_key'), email: contacts.email }).from(contacts).where(where),
  );
  const page = db
    .select({ id: matches.id, sortKey: matches.sortKey, email: matches.email })
    .from(matches)
    .orderBy(order(matches.sortKey), order(matches.email), asc(matches.id))
    .limit(params.size)
    .offset((params.page - 1) * params.size)
    .as('page');
  return db
    .with(matches)
    .select({
      id: contacts.id,
      company: contacts.companyName,
      email: contacts.email,
      name: fullName,
      logonName: contacts.logonName,
      level: securityLevels.name,
      status,
      total: sql<number>`(select count(*) from ${matches})`.mapWith(Number),
    })
    .from(page)
    .innerJoin(contacts, eq(contacts.id, page.id))
    .leftJoin(securityLevels, eq(securityLevels.id, contacts.securityLevelId))
    .orderBy(order(page.sortKey), order(page.email), asc(page.id));
}

/** The SQL of a filtered page, for the benchmark's query plan. */
export async function filteredPageSql({ tenantId, params }: { tenantId: string; params: ListParams }) {
  return filteredPageQuery(await getDb(), listWhere(tenantId, params.q), params).toSQL();
}
export type PortalUserRow = PortalUserListRow;

/**
 * What the Add / Edit Portal User form is given with the page: the levels, where its **Company** combobox searches,
 * and the company already chosen (an edited user's, or a client's only one). Companies are searched, never shipped.
 */
export type PortalUserFormOptions = {
  levels: Awaited<ReturnType<typeof levelChoices>>;
  companySearchUrl: string;
  company: { id: string; name: string } | null;
};

/** Staff's form: every level of the tenant, companies searched by /admin/portal-access/companies. */
export async function getPortalUserFormOptions({ tenantId, company = null }: { tenantId: string; company?: PortalUserFormOptions['company'] }): Promise<PortalUserFormOptions> {
  return { levels: await levelChoices(tenantId), companySearchUrl: '/admin/portal-access/companies', company };
}

export async function getPortalUserDetail({ tenantId, contactId }: { tenantId: string; contactId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ contact: contacts, company: companies, status, twoFactorRequired: sql<boolean>`${companies.twoFactorRequired}` })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId), isNotNull(contacts.logonName)));
  return row ?? null;
}
