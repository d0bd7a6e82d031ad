import 'server-only';
import { and, asc, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { cappedCount, likePattern, offsetOf, ordered, type ListParams } from '@/lib/paging';
import type { OutboxSortKey } from './schemas';
import { emailAttachments, emailOutbox } from '@/lib/db/schema';

/**
 * One page of the tenant's outbox, filtered by recipient or subject, sorted and paged in SQL: each message with its
 * delivery state (status, attempts, last error, next attempt, sent at).
 */
export async function getOutboxPage({ tenantId, params }: { tenantId: string; params: ListParams<OutboxSortKey> }) {
  const db = await getDb();
  const pattern = likePattern(params.q);
  const where = and(
    eq(emailOutbox.tenantId, tenantId),
    params.q ? or(like(sql`lower(${emailOutbox.to})`, pattern), like(sql`lower(${emailOutbox.subject})`, pattern)) : undefined,
  );
  const order = ordered(params.dir);
  const sortKey = { created: emailOutbox.createdAt, to: emailOutbox.to, subject: emailOutbox.subject, status: emailOutbox.status }[params.sort];
  const page = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(where)
    .orderBy(order(sortKey), desc(emailOutbox.createdAt), asc(emailOutbox.id))
    .limit(params.size)
    .offset(offsetOf(params));
  const rowsQuery = db
    .select()
    .from(emailOutbox)
    .where(and(eq(emailOutbox.tenantId, tenantId), inArray(emailOutbox.id, page)))
    .orderBy(order(sortKey), desc(emailOutbox.createdAt), asc(emailOutbox.id));
  const [rows, total] = await Promise.all([rowsQuery, cappedCount(db, emailOutbox, where)]);
  return { rows, total };
}

/** The files of these outbox e-mails (names and sizes, not the bytes), for the Outbox page's download links. */
export async function getAttachmentsOf({ tenantId, emailIds }: { tenantId: string; emailIds: string[] }) {
  if (!emailIds.length) return [];
  const db = await getDb();
  return db
    .select({ id: emailAttachments.id, emailId: emailAttachments.emailId, fileName: emailAttachments.fileName, contentType: emailAttachments.contentType })
    .from(emailAttachments)
    .innerJoin(emailOutbox, eq(emailOutbox.id, emailAttachments.emailId))
    .where(and(eq(emailOutbox.tenantId, tenantId), inArray(emailAttachments.emailId, emailIds)))
    .orderBy(asc(emailAttachments.fileName));
}

/** One attachment of this tenant's outbox (null for another tenant's). */
export async function getOutboxAttachment({ tenantId, attachmentId }: { tenantId: string; attachmentId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ fileName: emailAttachments.fileName, contentType: emailAttachments.contentType, data: emailAttachments.data })
    .from(emailAttachments)
    .innerJoin(emailOutbox, eq(emailOutbox.id, emailAttachments.emailId))
    .where(and(eq(emailOutbox.tenantId, tenantId), eq(emailAttachments.id, attachmentId)));
  return row ?? null;
}
