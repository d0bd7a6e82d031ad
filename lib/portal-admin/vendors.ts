import 'server-only';
import { and, asc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { vendors } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import type { Viewer } from '@/lib/portal/access';
import type { VendorInput } from './vendor-schemas';

/** Portal Admin › Vendors: the suppliers of the Manager's own company; staff read them on the company page. */

type Work = ClientWork<'portal_admin.vendors'>;
type CompanyScope = { tenantId: string; companyId: string };

const ofCompany = ({ tenantId, companyId }: CompanyScope) => and(eq(vendors.tenantId, tenantId), eq(vendors.companyId, companyId));

/** A company's vendors by name (for the Manager, and read-only for staff). */
export async function listVendors(scope: CompanyScope) {
  const db = await getDb();
  return db
    .select()
    .from(vendors)
    .where(ofCompany(scope))
    .orderBy(asc(sql`lower(${vendors.name})`));
}

export async function findVendor(viewer: Pick<Viewer, 'tenantId' | 'companyId'>, vendorId: string) {
  const db = await getDb();
  const [vendor] = await db
    .select()
    .from(vendors)
    .where(and(ofCompany(viewer), eq(vendors.id, vendorId)));
  return vendor ?? null;
}

async function requireVendor(w: Work, vendorId: string) {
  const vendor = await findVendor(w.viewer, vendorId);
  if (!vendor) throw new NotFoundError('vendor');
  return vendor;
}

export async function addVendor(w: Work, input: VendorInput) {
  const [vendor] = await w.tx
    .insert(vendors)
    .values({ tenantId: w.tenant.id, companyId: w.viewer.companyId, ...input })
    .returning();
  await w.audit({ type: 'vendor', id: vendor.id, details: { name: vendor.name } });
  return vendor;
}

export async function updateVendor(w: Work, vendorId: string, input: VendorInput) {
  const before = await requireVendor(w, vendorId);
  await w.tx
    .update(vendors)
    .set(input)
    .where(and(ofCompany(w.viewer), eq(vendors.id, vendorId)));
  await w.audit({ type: 'vendor', id: vendorId, details: { name: input.name, ...(before.name !== input.name && { was: before.name }) } });
}

export async function deleteVendor(w: Work, vendorId: string) {
  const vendor = await requireVendor(w, vendorId);
  await w.tx.delete(vendors).where(and(ofCompany(w.viewer), eq(vendors.id, vendorId)));
  await w.audit({ type: 'vendor', id: vendorId, details: { name: vendor.name } });
}
