import 'server-only';
import { and, eq, ne, sql } from 'drizzle-orm';
import { audit, staffAudit } from '@/lib/audit';
import { getDb, type Db } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';
import { NotFoundError, fieldError, requirePermission, type StaffContext } from '@/lib/errors';
import type { CompanyInput, ContactInput } from './schemas';

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

export async function createCompany(ctx: StaffContext, input: CompanyInput) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await assertParent(tx, ctx.tenant.id, input.parentCompanyId);
    await assertOwnContact(tx, ctx.tenant.id, undefined, input.primaryContactId, 'primaryContactId');
    await assertOwnContact(tx, ctx.tenant.id, undefined, input.billingContactId, 'billingContactId');
    const [company] = await tx.insert(companies).values({ ...input, tenantId: ctx.tenant.id }).returning();
    await audit(staffAudit(ctx, 'company.create', 'company', company.id, { name: company.name }), tx);
    return company;
  });
}

export async function updateCompany(ctx: StaffContext, companyId: string, input: CompanyInput) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await getCompanyById(ctx.tenant.id, companyId, tx);
    await assertParent(tx, ctx.tenant.id, input.parentCompanyId, companyId);
    await assertOwnContact(tx, ctx.tenant.id, companyId, input.primaryContactId, 'primaryContactId');
    await assertOwnContact(tx, ctx.tenant.id, companyId, input.billingContactId, 'billingContactId');
    const [company] = await tx.update(companies).set(input).where(eq(companies.id, companyId)).returning();
    await audit(staffAudit(ctx, 'company.update', 'company', companyId), tx);
    return company;
  });
}

async function assertEmailFree(tx: Db, tenantId: string, email: string, exceptId?: string) {
  const [taken] = await tx
    .select({ id: contacts.id })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(sql`lower(${contacts.email})`, email.toLowerCase()), exceptId ? ne(contacts.id, exceptId) : undefined));
  if (taken) throw fieldError('email', 'This e-mail is already used by another contact.');
}

export async function createContact(ctx: StaffContext, companyId: string, input: ContactInput) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    await getCompanyById(ctx.tenant.id, companyId, tx);
    await assertEmailFree(tx, ctx.tenant.id, input.email);
    const [contact] = await tx.insert(contacts).values({ ...input, tenantId: ctx.tenant.id, companyId }).returning();
    await audit(staffAudit(ctx, 'contact.create', 'contact', contact.id, { email: contact.email }), tx);
    return contact;
  });
}

export async function updateContact(ctx: StaffContext, contactId: string, input: ContactInput) {
  requirePermission(ctx, 'portal_users.edit');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [existing] = await tx.select().from(contacts).where(and(eq(contacts.tenantId, ctx.tenant.id), eq(contacts.id, contactId)));
    if (!existing) throw new NotFoundError('contact');
    await assertEmailFree(tx, ctx.tenant.id, input.email, contactId);
    const [contact] = await tx.update(contacts).set(input).where(eq(contacts.id, contactId)).returning();
    await audit(staffAudit(ctx, 'contact.update', 'contact', contactId), tx);
    return contact;
  });
}
