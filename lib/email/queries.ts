import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { emailAttachments, emailOutbox } from '@/lib/db/schema';

export async function getOutboxByTenant({ tenantId, limit = 100 }: { tenantId: string; limit?: number }) {
  const db = await getDb();
  return db.select().from(emailOutbox).where(eq(emailOutbox.tenantId, tenantId)).orderBy(desc(emailOutbox.createdAt)).limit(limit);
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
