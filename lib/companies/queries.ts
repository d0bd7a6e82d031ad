import 'server-only';
import { and, asc, count, eq, inArray, like, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';
import { cappedCount, likePattern, offsetOf, ordered, type ListParams } from '@/lib/paging';
import type { CompanySortKey, ContactSortKey } from './schemas';

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

/** How many of a company's contacts its page lists; the rest are one link away, in the Contacts list. */
export const COMPANY_CONTACTS_SHOWN = 50;
/** How many names the company's primary and billing contact pickers offer. */
const CONTACT_CHOICES_CAP = 1000;

export async function getCompany({ tenantId, companyId }: { tenantId: string; companyId: string }) {
  const db = await getDb();
  const [company] = await db.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  return company ?? null;
}

/**
 * A company with the first contacts of its page (by name), how many it has in all, and the names its primary and
 * billing contact pickers offer (capped, the current choices always among them).
 */
export async function getCompanyWithContacts({ tenantId, companyId }: { tenantId: string; companyId: string }) {
  const company = await getCompany({ tenantId, companyId });
  if (!company) return null;
  const db = await getDb();
  const ofCompany = and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId));
  const byName = [asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id)];
  const chosen = [company.primaryContactId, company.billingContactId].filter((id): id is string => Boolean(id));
  const [people, [{ total }], choices] = await Promise.all([
    db.select().from(contacts).where(ofCompany).orderBy(...byName).limit(COMPANY_CONTACTS_SHOWN),
    db.select({ total: count() }).from(contacts).where(ofCompany),
    db
      .select({ id: contacts.id, name: sql<string>`trim(${contacts.firstName} || ' ' || ${contacts.lastName})` })
      .from(contacts)
      .where(ofCompany)
      .orderBy(...(chosen.length ? [sql`${inArray(contacts.id, chosen)} desc`] : []), ...byName)
      .limit(CONTACT_CHOICES_CAP),
  ]);
  // The current choices came first so the cap cannot drop them; the pickers list by name.
  const contactChoices = chosen.length ? [...choices].sort((a, b) => a.name.localeCompare(b.name)) : choices;
  return { company, contacts: people, contactCount: total, contactChoices };
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

export type ContactPortalStatus = 'Active' | 'Invited' | 'Inactive' | null;
/** A contact's portal state: none without a logon, Invited until a password is set, Inactive when access is off. */
const portalStatus = sql<ContactPortalStatus>`case when ${contacts.logonName} is null then null when not ${contacts.portalAccess} then 'Inactive' when ${contacts.passwordHash} is null then 'Invited' else 'Active' end`;

/**
 * One page of the tenant-wide staff Contacts list (or one company's): filtered on the generated `search` column
 * (company, e-mail, name, logon; trigram index), sorted and paged in SQL. By name it walks the
 * (tenant, last name, first name, id) index in either direction; every sort ends on the id, so ties keep their order.
 */
export async function getContactsPage({ tenantId, params, companyId }: { tenantId: string; params: ListParams<ContactSortKey>; companyId?: string }) {
  const db = await getDb();
  const where = and(
    eq(contacts.tenantId, tenantId),
    companyId ? eq(contacts.companyId, companyId) : undefined,
    params.q ? like(contacts.search, likePattern(params.q)) : undefined,
  );
  const order = ordered(params.dir);
  const sortColumns = {
    name: [contacts.lastName, contacts.firstName],
    email: [contacts.email],
    company: [contacts.companyName, contacts.lastName, contacts.firstName],
    phone: [contacts.phone, contacts.lastName, contacts.firstName],
    portal: [portalStatus, contacts.lastName, contacts.firstName],
  }[params.sort];
  const rowsQuery = db
    .select({
      id: contacts.id,
      firstName: contacts.firstName,
      lastName: contacts.lastName,
      email: contacts.email,
      phone: contacts.phone,
      companyId: contacts.companyId,
      company: contacts.companyName,
      portal: portalStatus,
    })
    .from(contacts)
    .where(where)
    .orderBy(...sortColumns.map((column) => order(column)), order(contacts.id))
    .limit(params.size)
    .offset(offsetOf(params));
  const [rows, total] = await Promise.all([rowsQuery, cappedCount(db, contacts, where)]);
  return { rows, total };
}
