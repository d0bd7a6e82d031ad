import 'server-only';
import { cache } from 'react';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { tenants, type Tenant } from '@/lib/db/schema';
import { parseHost, rootDomainFromEnv, type Area } from './host';

export const getTenantBySlug = cache(async (slug: string): Promise<Tenant | null> => {
  const db = await getDb();
  const [tenant] = await db.select().from(tenants).where(eq(tenants.slug, slug)).limit(1);
  return tenant && !tenant.disabled ? tenant : null;
});

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
