import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import type { StaffWork } from '@/lib/pipeline';
import { getDb, type Db } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { CompanyInput, ContactInput } from './schemas';

type Work = StaffWork<'portal_users.edit'>;

export async function getCompanyById(tenantId: string, companyId: string, db?: Db) {
  const conn = db ?? (await getDb());
  const [company] = await conn.select().from(companies).where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  if (!company) throw new NotFoundError('company');
  return company;
}

/** The parent must be another company of the tenant, and not one of this company's own subsidiaries. */
async function assertParent(tx: Db, tenantId: string, parentId: string | null, companyId?: string) {
  if (!parentId) return;
  if (parentId === companyId) throw fieldError('parentCompanyId', 'A company cannot be its own parent.');
  let cursor: string | null = parentId;
  for (let depth = 0; cursor && depth < 100; depth++) {
    const [row]: { id: string; parent: string | null }[] = await tx
      .select({ id: companies.id, parent: companies.parentCompanyId })
      .from(companies)
      .where(and(eq(companies.tenantId, tenantId), eq(companies.id, cursor)));
    if (!row) throw fieldError('parentCompanyId', 'Choose a parent company from the list.');
    if (companyId && row.parent === companyId) throw fieldError('parentCompanyId', 'A subsidiary of this company cannot be its parent.');
    cursor = row.parent;
  }
}

async function assertOwnContact(tx: Db, tenantId: string, companyId: string | undefined, contactId: string | null, field: string) {
  if (!contactId) return;
  const [row] = companyId
    ? await tx.select({ id: contacts.id }).from(contacts).where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId), eq(contacts.id, contactId)))
    : [];
  if (!row) throw fieldError(field, 'Choose a contact of this company.');
}

export async function createCompany(w: Work, input: CompanyInput) {
  await assertParent(w.tx, w.tenant.id, input.parentCompanyId);
  await assertOwnContact(w.tx, w.tenant.id, undefined, input.primaryContactId, 'primaryContactId');
  await assertOwnContact(w.tx, w.tenant.id, undefined, input.billingContactId, 'billingContactId');
  const [company] = await w.tx.insert(companies).values({ ...input, tenantId: w.tenant.id }).returning();
  await w.audit({ type: 'company', id: company.id, details: { name: company.name } });
  return company;
}

export async function updateCompany(w: Work, companyId: string, input: CompanyInput) {
  await getCompanyById(w.tenant.id, companyId, w.tx);
  await assertParent(w.tx, w.tenant.id, input.parentCompanyId, companyId);
  await assertOwnContact(w.tx, w.tenant.id, companyId, input.primaryContactId, 'primaryContactId');
  await assertOwnContact(w.tx, w.tenant.id, companyId, input.billingContactId, 'billingContactId');
  const [company] = await w.tx.update(companies).set(input).where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, companyId))).returning();
  await w.audit({ type: 'company', id: companyId });
  return company;
}

async function assertEmailFree(tx: Db, tenantId: string, email: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(sql`lower(${contacts.email})`, email.toLowerCase()), exceptId ? ne(contacts.id, exceptId) : undefined));
  if (taken) throw fieldError('email', 'This e-mail is already used by another contact.');
}

export async function createContact(w: Work, companyId: string, input: ContactInput) {
  await getCompanyById(w.tenant.id, companyId, w.tx);
  await assertEmailFree(w.tx, w.tenant.id, input.email);
  const [contact] = await w.tx.insert(contacts).values({ ...input, tenantId: w.tenant.id, companyId }).returning();
  await w.audit({ type: 'contact', id: contact.id, details: { email: contact.email } });
  return contact;
}

export async function updateContact(w: Work, contactId: string, input: ContactInput) {
  const [existing] = await w.tx.select().from(contacts).where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, contactId)));
  if (!existing) throw new NotFoundError('contact');
  await assertEmailFree(w.tx, w.tenant.id, input.email, contactId);
  const [contact] = await w.tx.update(contacts).set(input).where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, contactId))).returning();
  await w.audit({ type: 'contact', id: contactId });
  return contact;
}
