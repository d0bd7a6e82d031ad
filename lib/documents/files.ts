import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Db } from '@/lib/db/client';
import { documentBlobs, documents } from '@/lib/db/schema';

import { FILE_TOO_LARGE, MAX_FILE_BYTES } from './limits';

const MAX_NAME_LENGTH = 200;

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

/**
 * The name we store and the type we serve: path separators and control characters replaced, the type read from the
 * extension, then the name shortened to 200 characters (whole characters, never half an emoji) keeping its extension.
 */
export function fileNameAndType(name: string): { fileName: string; contentType: string } | null {
  const clean = name.replace(/[\\/\u0000-\u001f\u007f]/g, '_') || 'file';
  const ext = clean.includes('.') ? clean.split('.').pop()!.toLowerCase() : '';
  const contentType = TYPES[ext];
  if (!contentType) return null;
  const chars = Array.from(clean);
  const fileName = chars.length <= MAX_NAME_LENGTH ? clean : `${chars.slice(0, MAX_NAME_LENGTH - ext.length - 1).join('')}.${clean.slice(-ext.length)}`;
  return { fileName, contentType };
}

export async function checkUpload(file: File): Promise<UploadCheck> {
  if (file.size === 0) return { ok: false, error: 'Choose a file to upload.' };
  if (file.size > MAX_FILE_BYTES) return { ok: false, error: FILE_TOO_LARGE };
  const named = fileNameAndType(file.name);
  if (!named) return { ok: false, error: `Files of this type cannot be attached. Allowed: ${Object.keys(TYPES).join(', ')}.` };
  return { ok: true, ...named, data: Buffer.from(await file.arrayBuffer()) };
}

/** Exactly one of project, ticket or article owns a document. */
type Owner = { projectId?: string; ticketId?: string; articleId?: string; shared: boolean; uploadedByUserId?: string; uploadedByContactId?: string };

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
