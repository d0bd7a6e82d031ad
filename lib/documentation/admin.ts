import 'server-only';
import { and, asc, eq, gte, inArray, isNotNull, lte, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { companies, documentationRecords, type DocumentationKind } from '@/lib/db/schema';
import { ActionError, NotFoundError, permissionMessage } from '@/lib/errors';
import type { StaffWork } from '@/lib/pipeline';
import { recordColumns } from './columns';
import { openSecret, sealSecret } from './crypto';
import { EXPIRY_WINDOW_DAYS, addDays, isoDay } from './expiry';
import type { DocumentationInput } from './schemas';

/**
 * Documentation on file, staff side: a company's credentials, warranties and software licenses. The sealed
 * secret is never selected into anything a page receives (`hasSecret` says whether there is one); only Reveal
 * opens it, one record at a time, audited with the caller's address.
 */

type Edit = StaffWork<'documentation.edit'>;
type Reveal = StaffWork<'documentation.reveal'>;


const ofTenant = (tenantId: string) => eq(documentationRecords.tenantId, tenantId);

/** The company whose documentation is shown, of this tenant only. */
export async function getDocumentationCompany({ tenantId, companyId }: { tenantId: string; companyId: string }) {
  const db = await getDb();
  const [company] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  return company ?? null;
}

/** A company's records, by kind then name; no secret in them. */
export async function listDocumentation({ tenantId, companyId, kind }: { tenantId: string; companyId: string; kind?: DocumentationKind }) {
  const db = await getDb();
  return db
    .select(recordColumns)
    .from(documentationRecords)
    .where(and(ofTenant(tenantId), eq(documentationRecords.companyId, companyId), kind ? eq(documentationRecords.kind, kind) : undefined))
    .orderBy(asc(documentationRecords.kind), asc(sql`lower(${documentationRecords.name})`));
}
export type DocumentationRow = Awaited<ReturnType<typeof listDocumentation>>[number];

/** One record of this tenant (no secret), or null: another tenant's id is missing. */
export async function getDocumentationRecord({ tenantId, recordId }: { tenantId: string; recordId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ ...recordColumns, companyName: companies.name })
    .from(documentationRecords)
    .innerJoin(companies, eq(companies.id, documentationRecords.companyId))
    .where(and(ofTenant(tenantId), eq(documentationRecords.id, recordId)));
  return row ?? null;
}

/**
 * Warranties and licenses ending from `from` to `until` (calendar dates), soonest first, with their company:
 * the company page ("Expiring soon") and the weekly digest.
 */
export async function expiringDocumentation({
  tenantId,
  companyId,
  from = isoDay(),
  until = addDays(isoDay(), EXPIRY_WINDOW_DAYS),
}: {
  tenantId: string;
  companyId?: string;
  from?: string;
  until?: string;
}) {
  const db = await getDb();
  return db
    .select({ id: documentationRecords.id, kind: documentationRecords.kind, name: documentationRecords.name, endsOn: documentationRecords.endsOn, companyId: companies.id, companyName: companies.name })
    .from(documentationRecords)
    .innerJoin(companies, eq(companies.id, documentationRecords.companyId))
    .where(
      and(
        ofTenant(tenantId),
        companyId ? eq(documentationRecords.companyId, companyId) : undefined,
        inArray(documentationRecords.kind, ['warranty', 'license']),
        isNotNull(documentationRecords.endsOn),
        gte(documentationRecords.endsOn, from),
        lte(documentationRecords.endsOn, until),
      ),
    )
    .orderBy(asc(documentationRecords.endsOn), asc(companies.name), asc(documentationRecords.name));
}

async function companyOf(w: Edit, companyId: string) {
  const company = await getDocumentationCompany({ tenantId: w.tenant.id, companyId });
  if (!company) throw new NotFoundError('company');
  return company;
}

async function recordOf(w: StaffWork<'documentation.edit' | 'documentation.reveal'>, recordId: string) {
  const record = await getDocumentationRecord({ tenantId: w.tenant.id, recordId });
  if (!record) throw new NotFoundError('record');
  return record;
}

/** The columns of one kind from its form; the other kinds' columns stay empty. */
function columnsOf(input: DocumentationInput) {
  const none = { system: '', username: '', serialNumber: '', vendor: '', seats: null, assignedTo: '', startsOn: null, endsOn: null };
  const shared = { name: input.name, notes: input.notes, showOnPortal: input.showOnPortal, minimumLevel: input.minimumLevel };
  switch (input.kind) {
    case 'credential':
      return { ...none, ...shared, system: input.system, username: input.username };
    case 'warranty':
      return { ...none, ...shared, serialNumber: input.serialNumber, vendor: input.vendor, startsOn: input.startsOn, endsOn: input.endsOn };
    case 'license':
      return { ...none, ...shared, seats: input.seats, assignedTo: input.assignedTo, startsOn: input.startsOn, endsOn: input.endsOn };
  }
}

/** What the form says about the secret: a new one, clear it, or keep what is stored (an empty field). */
function secretChange(input: DocumentationInput): { set: string } | 'clear' | 'keep' {
  if (input.kind === 'credential') return input.password ? { set: input.password } : input.clearPassword ? 'clear' : 'keep';
  if (input.kind === 'license') return input.licenseKey ? { set: input.licenseKey } : input.clearLicenseKey ? 'clear' : 'keep';
  return 'clear';
}

/** The audit details of a record: what it is, never its secret. */
const described = (record: { kind: DocumentationKind; name: string; showOnPortal: boolean; minimumLevel: string }, company: { id: string; name: string }) => ({
  kind: record.kind,
  name: record.name,
  company: company.name,
  companyId: company.id,
  showOnPortal: record.showOnPortal,
  minimumLevel: record.minimumLevel,
});

export async function createDocumentationRecord(w: Edit, input: DocumentationInput) {
  const company = await companyOf(w, input.companyId);
  const change = secretChange(input);
  const secret = typeof change === 'object' ? await sealSecret(w.tenant.id, change.set, w.tx) : null;
  const [record] = await w.tx
    .insert(documentationRecords)
    .values({ tenantId: w.tenant.id, companyId: company.id, kind: input.kind, ...columnsOf(input), secret, updatedByUserId: w.user.id })
    .returning({ id: documentationRecords.id });
  await w.audit({ type: 'documentation_record', id: record.id, details: { ...described(input, company), secret: secret ? 'set' : 'none' } });
  return record;
}

/** Saves a record's fields; its kind and company stay. An empty secret field keeps the stored secret. */
export async function updateDocumentationRecord(w: Edit, input: DocumentationInput) {
  if (!input.recordId) throw new NotFoundError('record');
  const before = await recordOf(w, input.recordId);
  if (before.kind !== input.kind || before.companyId !== input.companyId) throw new NotFoundError('record');
  const change = secretChange(input);
  const secret = typeof change === 'object' ? { secret: await sealSecret(w.tenant.id, change.set, w.tx) } : change === 'clear' ? { secret: null } : {};
  await w.tx
    .update(documentationRecords)
    .set({ ...columnsOf(input), ...secret, updatedByUserId: w.user.id, updatedAt: new Date() })
    .where(and(ofTenant(w.tenant.id), eq(documentationRecords.id, before.id)));
  const secretNow = typeof change === 'object' ? 'changed' : change === 'clear' ? (before.hasSecret ? 'cleared' : 'none') : before.hasSecret ? 'kept' : 'none';
  await w.audit({
    type: 'documentation_record',
    id: before.id,
    details: { ...described(input, { id: before.companyId, name: before.companyName }), ...(before.name !== input.name && { was: before.name }), secret: secretNow },
  });
}

export async function deleteDocumentationRecord(w: Edit, recordId: string) {
  const record = await recordOf(w, recordId);
  await w.tx.delete(documentationRecords).where(and(ofTenant(w.tenant.id), eq(documentationRecords.id, record.id)));
  await w.audit({ type: 'documentation_record', id: record.id, details: described(record, { id: record.companyId, name: record.companyName }) });
  return record;
}

/** Show on Portal? — Yes/No, saved at once from the list. */
export async function setDocumentationShared(w: Edit, recordId: string, shared: boolean) {
  const record = await recordOf(w, recordId);
  await w.tx
    .update(documentationRecords)
    .set({ showOnPortal: shared, updatedByUserId: w.user.id, updatedAt: new Date() })
    .where(and(ofTenant(w.tenant.id), eq(documentationRecords.id, record.id)));
  await w.audit({ type: 'documentation_record', id: record.id, details: described({ ...record, showOnPortal: shared }, { id: record.companyId, name: record.companyName }) });
}

/**
 * Reveal: opens one record's password or license key for a staff member who may reveal and view documentation.
 * The audit row says who, which record and from which address (`ip`), never the secret.
 */
export async function revealDocumentationSecret(w: Reveal, recordId: string, ip: string | null) {
  if (!w.user.permissions.includes('documentation.view')) throw new ActionError(permissionMessage('documentation.view'));
  const record = await recordOf(w, recordId);
  const [row] = await w.tx
    .select({ secret: documentationRecords.secret })
    .from(documentationRecords)
    .where(and(ofTenant(w.tenant.id), eq(documentationRecords.id, record.id)));
  if (!row?.secret) throw new ActionError(`This ${record.kind === 'license' ? 'license has no key' : 'record has no password'} stored.`);
  const secret = await openSecret(w.tenant.id, row.secret, w.tx);
  await w.audit({ type: 'documentation_record', id: record.id, ip, details: { kind: record.kind, name: record.name, company: record.companyName, companyId: record.companyId } });
  return secret;
}
