import 'server-only';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';
import { cappedCount, likePattern, offsetOf, ordered, type ListParams } from '@/lib/paging';
import type { CompanySortKey } from './schemas';

/**
 * One page of the staff Companies list: filtered by name (trigram index), sorted and paged in SQL. The page's ids
 * are chosen from narrow rows first, so the portal-user counts are computed for the page only.
 */
export async function getCompaniesPage({ tenantId, params }: { tenantId: string; params: ListParams<CompanySortKey> }) {
  const db = await getDb();
  const parent = alias(companies, 'parent');
  const where = and(eq(companies.tenantId, tenantId), params.q ? like(sql`lower(${companies.name})`, likePattern(params.q)) : undefined);
  const order = ordered(params.dir);
  const sortKey = { name: sql`${companies.name}`, email: sql`${companies.email}`, parent: sql`${parent.name}`, portal: sql`${companies.portalEnabled}` }[params.sort];
  const page = db
    .select({ id: companies.id, sortKey: sortKey.as('sort_key'), name: companies.name })
    .from(companies)
    .leftJoin(parent, and(eq(parent.tenantId, tenantId), eq(parent.id, companies.parentCompanyId)))
    .where(where)
    .orderBy(order(sortKey), order(companies.name), asc(companies.id))
    .limit(params.size)
    .offset(offsetOf(params))
    .as('page');
  const rowsQuery = db
    .select({
      id: companies.id,
      name: companies.name,
      email: companies.email,
      parent: parent.name,
      portalEnabled: companies.portalEnabled,
      portalUsers: sql<number>`(select count(*)::int from contacts c where c.tenant_id = ${companies.tenantId} and c.company_id = ${companies.id} and c.logon_name is not null)`,
    })
    .from(page)
    .innerJoin(companies, and(eq(companies.tenantId, tenantId), eq(companies.id, page.id)))
    .leftJoin(parent, and(eq(parent.tenantId, tenantId), eq(parent.id, companies.parentCompanyId)))
    .orderBy(order(page.sortKey), order(page.name), asc(page.id));
  const [rows, total] = await Promise.all([rowsQuery, cappedCount(db, companies, where)]);
  return { rows, total };
}

export async function getCompanyWithContacts({ tenantId, companyId }: { tenantId: string; companyId: string }) {
  const db = await getDb();
  const [company] = await db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  if (!company) return null;
  const people = await db
    .select()
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId)))
    .orderBy(asc(contacts.lastName), asc(contacts.firstName));
  return { company, contacts: people };
}

export async function getContactWithCompany({ tenantId, contactId }: { tenantId: string; contactId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ contact: contacts, company: companies })
    .from(contacts)
    .innerJoin(companies, eq(companies.id, contacts.companyId))
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.id, contactId)));
  return row ?? null;
}
