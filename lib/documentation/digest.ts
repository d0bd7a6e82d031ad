import 'server-only';
import { and, arrayContains, asc, eq } from 'drizzle-orm';
import { audit } from '@/lib/audit';
import { getDb, transaction } from '@/lib/db/client';
import { documentationDigests, tenants, users, type Tenant } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { DocumentationDigestEmail, documentationDigestSubject } from '@/lib/email/templates/documentation-digest';
import { adminBaseUrl } from '@/lib/tenancy/host';
import { expiringDocumentation } from './admin';
import { EXPIRY_WINDOW_DAYS, addDays, daysUntil, expiresInWords, isoDay } from './expiry';

/** How far back the digest still lists what has just ended. */
const ENDED_DAYS = 7;

/** The Monday (UTC) of the ISO week of `now`: the digest goes out at most once per tenant and week. */
export function isoWeekOf(now: Date): string {
  const day = (now.getUTCDay() + 6) % 7;
  return addDays(isoDay(now), -day);
}

/**
 * The weekly digest (app/api/cron/documentation-digest): for each active tenant, warranties and licenses ending
 * within the next 60 days or in the past 7, e-mailed through the outbox to every active staff member who may view
 * documentation. The week's `documentation_digests` row is written in the same transaction, so a second run in
 * the same week sends nothing. Audited as a system action.
 */
export async function sendDocumentationDigests(now = new Date()) {
  const db = await getDb();
  const all = await db.select().from(tenants).where(eq(tenants.disabled, false)).orderBy(asc(tenants.slug));
  const results = [];
  for (const tenant of all) results.push({ tenant: tenant.slug, ...(await digestFor(tenant, now)) });
  return results;
}

async function digestFor(tenant: Tenant, now: Date): Promise<{ weekOf: string; sent: number; records: number; skipped?: 'already_sent' }> {
  const weekOf = isoWeekOf(now);
  const today = isoDay(now);
  return transaction(async (tx) => {
    const claimed = await tx.insert(documentationDigests).values({ tenantId: tenant.id, weekOf }).onConflictDoNothing().returning();
    if (!claimed.length) return { weekOf, sent: 0, records: 0, skipped: 'already_sent' as const };
    const records = await expiringDocumentation({ tenantId: tenant.id, from: addDays(today, -ENDED_DAYS), until: addDays(today, EXPIRY_WINDOW_DAYS) });
    if (!records.length) return { weekOf, sent: 0, records: 0 };
    const staff = await tx
      .select({ name: users.name, email: users.email })
      .from(users)
      .where(and(eq(users.tenantId, tenant.id), eq(users.active, true), arrayContains(users.permissions, ['documentation.view'])))
      .orderBy(asc(users.email));
    const base = adminBaseUrl(tenant.slug);
    const lines = records.map((r) => ({
      name: r.name,
      kind: r.kind as 'warranty' | 'license',
      company: r.companyName,
      endsOn: r.endsOn!,
      when: expiresInWords(daysUntil(r.endsOn!, today)),
      url: `${base}/admin/companies/${r.companyId}/documentation?kind=${r.kind}`,
    }));
    for (const person of staff) {
      await sendEmail({
        tenantId: tenant.id,
        to: person.email,
        subject: documentationDigestSubject(tenant.name, lines.length),
        template: 'documentation-digest',
        body: DocumentationDigestEmail({ tenantName: tenant.name, name: person.name ?? person.email, lines, days: EXPIRY_WINDOW_DAYS }),
      });
    }
    await audit(
      { tenantId: tenant.id, actorType: 'system', action: 'documentation.digest', targetType: 'tenant', targetId: null, details: { weekOf, records: records.length, recipients: staff.length } },
      tx,
    );
    return { weekOf, sent: staff.length, records: records.length };
  });
}
