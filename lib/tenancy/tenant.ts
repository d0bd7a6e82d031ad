import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { tenants, type Tenant } from '@/lib/db/schema';
import { parseHost, rootDomainFromEnv, type Area } from './host';

/**
 * Tenants by slug, kept across requests for a short while (every request of a tenant needs its row; few change it).
 * Keyed by slug, holding only that tenant's own row, so nothing of one tenant can answer for another. A change
 * through the app forgets the entry once it commits (`forgetTenant`); a change made elsewhere (another instance,
 * by hand) is seen within `TENANT_TTL_MS`.
 */
export const TENANT_TTL_MS = 30_000;
const MAX_TENANTS = 1_000;
const globalForTenants = globalThis as unknown as { __tenantCache?: Map<string, { tenant: Tenant | null; loadedAt: number }> };
const tenantCache = (globalForTenants.__tenantCache ??= new Map());

export const getTenantBySlug = cache(async (slug: string): Promise<Tenant | null> => {
  const hit = tenantCache.get(slug);
  if (hit && Date.now() - hit.loadedAt < TENANT_TTL_MS) return hit.tenant;
  const db = await getDb();
  const [row] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  const tenant = row && !row.disabled ? row : null;
  tenantCache.delete(slug);
  if (tenantCache.size >= MAX_TENANTS) tenantCache.delete(tenantCache.keys().next().value!);
  tenantCache.set(slug, { tenant, loadedAt: Date.now() });
  return tenant;
});

/** Drops a tenant's cached row, so the next request reads it again (after its settings changed). */
export function forgetTenant(slug: string) {
  tenantCache.delete(slug);
}

export async function currentTenantSlug(): Promise<string | null> {
  return parseHost((await headers()).get('host'), rootDomainFromEnv())?.slug ?? null;
}

/** Whether this request came to the tenant's portal or to its staff section (null: no tenant host). */
export async function currentArea(): Promise<Area | null> {
  return parseHost((await headers()).get('host'), rootDomainFromEnv())?.area ?? null;
}

/** The tenant of this request's host, or the 404 page for unknown and disabled tenants. */
export async function requireTenant(): Promise<Tenant> {
  const slug = await currentTenantSlug();
  const tenant = slug ? await getTenantBySlug(slug) : null;
  if (!tenant) notFound();
  return tenant;
}
