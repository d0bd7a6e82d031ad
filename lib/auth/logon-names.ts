import 'server-only';
import { and, eq, ne, or, sql } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { contacts } from '@/lib/db/schema';

/**
 * Portal users sign in with their logon name or their e-mail, so the two share one namespace: a logon name
 * is taken when another contact of the tenant has it as logon name or as e-mail (ignoring case).
 */
export async function logonNameTaken(db: Db, tenantId: string, logonName: string, exceptContactId?: string) {
  const key = logonName.toLowerCase();
  const [taken] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .where(
      and(
        eq(contacts.tenantId, tenantId),
        or(eq(sql`lower(${contacts.logonName})`, key), eq(sql`lower(${contacts.email})`, key)),
        exceptContactId ? ne(contacts.id, exceptContactId) : undefined,
      ),
    )
    .limit(1);
  return Boolean(taken);
}
