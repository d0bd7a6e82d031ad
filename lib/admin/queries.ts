import 'server-only';
import { and, count, desc, eq, like, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { auditLog, companies, contacts, users } from '@/lib/db/schema';

export async function getTenantSummary({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  const [[c], [p], [s]] = await Promise.all([
    db.select({ n: count() }).from(companies).where(eq(companies.tenantId, tenantId)),
    db.select({ n: count() }).from(contacts).where(and(eq(contacts.tenantId, tenantId), eq(contacts.portalAccess, true))),
    db.select({ n: count() }).from(users).where(eq(users.tenantId, tenantId)),
  ]);
  return { companies: c.n, portalUsers: p.n, staff: s.n };
}

/** The audit log, newest first, with readable names for the people involved. */
export async function getAuditLog({ tenantId, prefix, limit = 200 }: { tenantId: string; prefix?: string; limit?: number }) {
  const db = await getDb();
  const actor = sql<string>`case when ${auditLog.actorType} = 'staff' then (select coalesce(name, email) from users u where u.id = ${auditLog.actorId})
    when ${auditLog.actorType} = 'client' then (select first_name || ' ' || last_name from contacts c where c.id::text = ${auditLog.actorId}) else 'System' end`;
  const target = sql<string | null>`case when ${auditLog.targetType} = 'contact' then (select first_name || ' ' || last_name || ' <' || email || '>' from contacts c where c.id::text = ${auditLog.targetId})
    when ${auditLog.targetType} = 'security_level' then 'Security level ' || coalesce(${auditLog.details}->>'name', '')
    when ${auditLog.targetType} = 'article' then 'Article ' || coalesce(${auditLog.details}->>'title', '')
    when ${auditLog.targetType} = 'document' and ${auditLog.details}->>'articleId' is not null then 'Attachment ' || coalesce(${auditLog.details}->>'fileName', '')
    when ${auditLog.targetType} = 'documentation_record' then 'Documentation: ' || coalesce(${auditLog.details}->>'name', '') || coalesce(' (' || (${auditLog.details}->>'company') || ')', '')
    else ${auditLog.targetType} end`;
  return db
    .select({ id: auditLog.id, createdAt: auditLog.createdAt, actorType: auditLog.actorType, actor, action: auditLog.action, target, details: auditLog.details, ip: auditLog.ip })
    .from(auditLog)
    .where(and(eq(auditLog.tenantId, tenantId), prefix ? like(auditLog.action, `${prefix}%`) : undefined))
    .orderBy(desc(auditLog.createdAt))
    .limit(limit);
}
