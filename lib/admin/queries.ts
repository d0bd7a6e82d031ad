import 'server-only';
import { and, count, eq, like, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { cappedCount, offsetOf, ordered, type ListParams } from '@/lib/paging';
import type { AuditSortKey } from './schemas';
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

/**
 * One page of the audit log (newest first, or oldest), with readable names for the people involved. Paged by offset
 * on the (tenant, created_at, id) index: the page's ids come from an index walk, and the names are looked up for
 * those rows only, so a deep page skips narrow index entries rather than whole rows.
 */
export async function getAuditLogPage({ tenantId, params, prefix }: { tenantId: string; params: ListParams<AuditSortKey>; prefix?: string }) {
  const db = await getDb();
  const where = and(eq(auditLog.tenantId, tenantId), prefix ? like(auditLog.action, `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined);
  const order = ordered(params.dir);
  const page = db
    .select({ id: auditLog.id, createdAt: auditLog.createdAt })
    .from(auditLog)
    .where(where)
    .orderBy(order(auditLog.createdAt), order(auditLog.id))
    .limit(params.size)
    .offset(offsetOf(params))
    .as('page');
  const actor = sql<string>`case when ${auditLog.actorType} = 'staff' then (select coalesce(name, email) from users u where u.id = ${auditLog.actorId})
    when ${auditLog.actorType} = 'client' then (select first_name || ' ' || last_name from contacts c where c.id::text = ${auditLog.actorId}) else 'System' end`;
  const target = sql<string | null>`case when ${auditLog.targetType} = 'contact' then (select first_name || ' ' || last_name || ' <' || email || '>' from contacts c where c.id::text = ${auditLog.targetId})
    when ${auditLog.targetType} = 'security_level' then 'Security level ' || coalesce(${auditLog.details}->>'name', '')
    when ${auditLog.targetType} = 'article' then 'Article ' || coalesce(${auditLog.details}->>'title', '')
    when ${auditLog.targetType} = 'document' and ${auditLog.details}->>'articleId' is not null then 'Attachment ' || coalesce(${auditLog.details}->>'fileName', '')
    when ${auditLog.targetType} = 'documentation_record' then 'Documentation: ' || coalesce(${auditLog.details}->>'name', '') || coalesce(' (' || (${auditLog.details}->>'company') || ')', '')
    else ${auditLog.targetType} end`;
  const rowsQuery = db
    .select({ id: auditLog.id, createdAt: auditLog.createdAt, actorType: auditLog.actorType, actor, action: auditLog.action, target, details: auditLog.details, ip: auditLog.ip })
    .from(page)
    .innerJoin(auditLog, and(eq(auditLog.tenantId, tenantId), eq(auditLog.id, page.id)))
    .orderBy(order(page.createdAt), order(page.id));
  const [rows, total] = await Promise.all([rowsQuery, cappedCount(db, auditLog, where)]);
  return { rows, total };
}
