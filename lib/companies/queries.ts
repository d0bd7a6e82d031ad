import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { getDb } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';

export async function getCompaniesByTenant({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  const parent = alias(companies, 'parent');
  return db
    .select({
      id: companies.id,
      name: companies.name,
      email: companies.email,
      parent: parent.name,
      portalEnabled: companies.portalEnabled,
      portalUsers: sql<number>`(select count(*)::int from contacts c where c.tenant_id = ${companies.tenantId} and c.company_id = ${companies.id} and c.logon_name is not null)`,
    })
    .from(companies)
    .leftJoin(parent, eq(parent.id, companies.parentCompanyId))
    .where(eq(companies.tenantId, tenantId))
    .orderBy(asc(companies.name))
    .limit(1000);
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

export async function getCompanyOptions({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  return db.select({ id: companies.id, name: companies.name }).from(companies).where(eq(companies.tenantId, tenantId)).orderBy(asc(companies.name)).limit(5000);
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
