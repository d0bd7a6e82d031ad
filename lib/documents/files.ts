import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { documentBlobs, documents } from '@/lib/db/schema';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** What we accept as documents and attachments, by extension; the type we serve comes from this list. */
const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  txt: 'text/plain',
  csv: 'text/csv',
  log: 'text/plain',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
};

export type UploadCheck = { ok: true; fileName: string; contentType: string; data: Buffer } | { ok: false; error: string };

export async function checkUpload(file: File): Promise<UploadCheck> {
  if (file.size === 0) return { ok: false, error: 'Choose a file to upload.' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: 'Files can be at most 10 MB.' };
  const fileName = file.name.replace(/[\\/\u0000-\u001f]/g, '_').slice(0, 200) || 'file';
  const ext = fileName.includes('.') ? fileName.split('.').pop()!.toLowerCase() : '';
  const contentType = TYPES[ext];
  if (!contentType) return { ok: false, error: `Files of this type cannot be attached. Allowed: ${Object.keys(TYPES).join(', ')}.` };
  return { ok: true, fileName, contentType, data: Buffer.from(await file.arrayBuffer()) };
}

type Owner = { projectId?: string; ticketId?: string; shared: boolean; uploadedByUserId?: string; uploadedByContactId?: string };

export async function storeDocument(tx: Db, tenantId: string, file: Extract<UploadCheck, { ok: true }>, owner: Owner) {
  const [doc] = await tx
    .insert(documents)
    .values({ tenantId, fileName: file.fileName, contentType: file.contentType, size: file.data.length, ...owner })
    .returning();
  await tx.insert(documentBlobs).values({ documentId: doc.id, tenantId, data: file.data });
  return doc;
}

export async function readDocument(tx: Db, tenantId: string, documentId: string) {
  const [row] = await tx
    .select({ doc: documents, data: documentBlobs.data })
    .from(documents)
    .innerJoin(documentBlobs, eq(documentBlobs.documentId, documents.id))
    .where(and(eq(documents.tenantId, tenantId), eq(documents.id, documentId)));
  return row ?? null;
}
