import 'server-only';
import { z } from 'zod';
import { and, asc, eq, inArray, isNull, like, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { companies, contacts } from '@/lib/db/schema';
import { notFoundJson, privateJson } from '@/lib/http/json';
import { likePattern } from '@/lib/paging';

/** A combobox asks for at most this many matches; the user types more to narrow them. */
export const SEARCH_LIMIT = 20;

const primaryEmail = sql<string | null>`(select lower(email) from contacts p where p.id = ${companies.primaryContactId})`;
const billingEmail = sql<string | null>`(select lower(email) from contacts b where b.id = ${companies.billingContactId})`;
const choice = { id: companies.id, name: companies.name, email: companies.email, primaryEmail, billingEmail };

/** `companyIds` narrows the tenant to these companies (a client Manager's company and its subsidiaries). */
function scope(tenantId: string, companyIds?: string[]) {
  return and(eq(companies.tenantId, tenantId), companyIds ? inArray(companies.id, companyIds) : undefined);
}

/**
 * The first companies, by name, whose name contains `q` as typed (`%` and `_` are literal; the trigram index on
 * `lower(name)` finds them), with what the Add Portal User form pre-fills from: the company e-mail and its primary
 * and billing contacts' e-mails.
 */
export async function searchCompanies({ tenantId, q, companyIds }: { tenantId: string; q: string; companyIds?: string[] }) {
  const db = await getDb();
  const named = q ? like(sql`lower(${companies.name})`, likePattern(q)) : undefined;
  return db
    .select(choice)
    .from(companies)
    .where(and(scope(tenantId, companyIds), named))
    .orderBy(asc(companies.name), asc(companies.id))
    .limit(SEARCH_LIMIT);
}
export type CompanyChoice = Awaited<ReturnType<typeof searchCompanies>>[number];

/** One chosen company of the scope, with its contacts who have no portal login yet (their names fill the form). */
export async function getCompanyChoice({ tenantId, companyId, companyIds }: { tenantId: string; companyId: string; companyIds?: string[] }) {
  const db = await getDb();
  const [company] = await db.select(choice).from(companies).where(and(scope(tenantId, companyIds), eq(companies.id, companyId)));
  if (!company) return null;
  const withoutAccess = await db
    .select({ email: sql<string>`lower(${contacts.email})`, firstName: contacts.firstName, lastName: contacts.lastName })
    .from(contacts)
    .where(and(eq(contacts.tenantId, tenantId), eq(contacts.companyId, companyId), isNull(contacts.logonName)))
    .orderBy(asc(contacts.email))
    .limit(500);
  return { company, contactsWithoutAccess: withoutAccess };
}
export type CompanyChoiceDetail = NonNullable<Awaited<ReturnType<typeof getCompanyChoice>>>;

/**
 * A company combobox's GET: `?id=` one chosen company (404 outside the scope), otherwise `?q=` the first matches.
 * The caller has checked who may ask; `companyIds` is their scope within the tenant.
 */
export async function companySearchResponse(request: Request, scope: { tenantId: string; companyIds?: string[] }) {
  const params = new URL(request.url).searchParams;
  const id = params.get('id');
  if (id !== null) {
    const found = z.uuid().safeParse(id).success ? await getCompanyChoice({ ...scope, companyId: id }) : null;
    return found ? privateJson(found) : notFoundJson();
  }
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  return privateJson({ matches: await searchCompanies({ ...scope, q }) });
}
