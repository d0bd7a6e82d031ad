import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { contacts, oneTimeTokens, tenants } from '@/lib/db/schema';

/**
 * End-to-end test seam: lets Playwright age a contact's links, which no browser can do. Answers 404
 * unless the server was started with E2E_TEST_HOOKS=1 (only scripts/e2e-server.sh does that).
 */
const input = z.object({ action: z.literal('expire-links'), tenant: z.string(), email: z.email() });

export async function POST(request: Request) {
  if (process.env.E2E_TEST_HOOKS !== '1') return new Response('Not found', { status: 404 });
  const parsed = input.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response('Bad request', { status: 400 });
  const db = await getDb();
  const [contact] = await db
    .select({ id: contacts.id })
    .from(contacts)
    .innerJoin(tenants, eq(tenants.id, contacts.tenantId))
    .where(and(eq(tenants.slug, parsed.data.tenant), eq(sql`lower(${contacts.email})`, parsed.data.email.toLowerCase())));
  if (!contact) return new Response('Not found', { status: 404 });
  const expired = await db
    .update(oneTimeTokens)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .where(and(eq(oneTimeTokens.contactId, contact.id), isNull(oneTimeTokens.usedAt)))
    .returning({ id: oneTimeTokens.id });
  return Response.json({ expired: expired.length });
}

/**
 * A fingerprint of every table (sessions without their last-seen time, which reading a page moves), so the
 * authorization e2e can prove that a refused request changed nothing at all.
 */
export async function GET(request: Request) {
  if (process.env.E2E_TEST_HOOKS !== '1') return new Response('Not found', { status: 404 });
  if (new URL(request.url).searchParams.get('what') !== 'digest') return new Response('Bad request', { status: 400 });
  const db = await getDb();
  const rows = <T,>(result: unknown) => (result as { rows: T[] }).rows;
  const tables = rows<{ name: string }>(await db.execute(sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`));
  const digest: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = rows<{ md5: string }>(
      await db.execute(
        sql`select md5(coalesce(string_agg(x.r, '|' order by x.r), '')) as md5 from (select (to_jsonb(t) - 'last_seen_at')::text as r from ${sql.identifier(name)} t) x`,
      ),
    );
    digest[name] = row.md5;
  }
  return Response.json(digest);
}
