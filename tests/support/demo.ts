import { and, eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { contacts, tenants, users } from '@/lib/db/schema';
import { seed } from '@/lib/db/seed';

let seeded: Promise<void> | undefined;

/** The demo tenants, seeded once per test file's database. */
export async function demo() {
  seeded ??= seed();
  await seeded;
  const db = await getDb();
  const tenant = async (slug: string) => (await db.select().from(tenants).where(eq(tenants.slug, slug)))[0];
  const contact = async (tenantId: string, email: string) =>
    (await db.select().from(contacts).where(and(eq(contacts.tenantId, tenantId), eq(sql`lower(${contacts.email})`, email))))[0];
  const staff = async (tenantId: string, email: string) =>
    (await db.select().from(users).where(and(eq(users.tenantId, tenantId), eq(users.email, email))))[0];
  const acme = await tenant('acme');
  const globex = await tenant('globex');
  return { db, acme, globex, contact, staff };
}
