import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { users, type User } from '@/lib/db/schema';
import { adminBaseUrl } from '@/lib/tenancy/host';

export async function findStaffByEmail(tenantId: string, email: string, db?: Db): Promise<User | null> {
  const conn = db ?? (await getDb());
  const [user] = await conn
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(sql`lower(${users.email})`, email.trim().toLowerCase())))
    .limit(1);
  return user ?? null;
}

export async function findStaffById(tenantId: string, id: string): Promise<User | null> {
  const db = await getDb();
  const [user] = await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.id, id))).limit(1);
  return user ?? null;
}

/** Sign-in links point at the tenant's staff origin, never at the request's Host. */
export function tenantSignInLink(url: string, slug: string): string {
  const base = adminBaseUrl(slug);
  const link = new URL(url);
  const target = new URL(`${link.pathname}${link.search}`, base);
  const callback = target.searchParams.get('callbackUrl');
  if (callback) {
    const cb = new URL(callback, base);
    target.searchParams.set('callbackUrl', `${base}${cb.pathname}${cb.search}`);
  }
  return target.toString();
}
