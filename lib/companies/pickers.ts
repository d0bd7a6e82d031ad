import 'server-only';
import { and, asc, eq, like, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';
import { privateJson } from '@/lib/http/json';
import { likePattern } from '@/lib/paging';
import { SEARCH_LIMIT } from './search';

/** The `q` a combobox sent, trimmed and bounded. */
export const typed = (request: Request) => (new URL(request.url).searchParams.get('q') ?? '').trim().slice(0, 200);

/** The first companies of the tenant, by name, whose name contains `q` as typed (`%`, `_` literal). */
export async function searchCompanyNames({ tenantId, q }: { tenantId: string; q: string }) {
  const db = await getDb();
  return db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), q ? like(sql`lower(${companies.name})`, likePattern(q)) : undefined))
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(SEARCH_LIMIT);
}

/** One company of the tenant by id (a list filter shows the chosen company's name), or null. */
export async function getCompanyName({ tenantId, companyId }: { tenantId: string; companyId: string | null | undefined }) {
  if (!companyId) return null;
  const db = await getDb();
  const [found] = await db
    .select({ id: companies.id, name: companies.name })
    .from(companies)
    .where(and(eq(companies.tenantId, tenantId), eq(companies.id, companyId)));
  return found ?? null;
}

const contactName = sql<string>`${contacts.firstName} || ' ' || ${contacts.lastName}`;

/**
 * The first contacts of the tenant (optionally of one company) whose company, e-mail, name or logon name contains
 * `q` as typed, by last then first name.
 */
export async function searchContacts({ tenantId, q, companyId }: { tenantId: string; q: string; companyId?: string }) {
  const db = await getDb();
  return db
    .select({ id: contacts.id, name: contactName, companyId: contacts.companyId })
    .from(contacts)
    .where(
      and(
        eq(contacts.tenantId, tenantId),
        companyId ? eq(contacts.companyId, companyId) : undefined,
        q ? like(contacts.search, likePattern(q)) : undefined,
      ),
    )
    .orderBy(asc(contacts.lastName), asc(contacts.firstName), asc(contacts.id))
    .limit(SEARCH_LIMIT);
}

export const matchesJson = (matches: unknown[]) => privateJson({ matches });
