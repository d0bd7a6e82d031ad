import { z } from 'zod';
import { getClient } from '@/lib/auth/client';
import { getStaff } from '@/lib/auth/staff';
import { getDb } from '@/lib/db/client';
import { readDocument } from '@/lib/documents/files';
import { canDownload } from '@/lib/documents/portal';
import { viewerOf } from '@/lib/portal/access';

const notFound = () => new Response('Not found', { status: 404 });

/** A document or attachment: any for staff of the tenant; for clients only shared files of what they can see. */
export async function GET(_request: Request, { params }: { params: Promise<{ documentId: string }> }) {
  const { documentId } = await params;
  if (!z.uuid().safeParse(documentId).success) return notFound();
  const staff = await getStaff();
  let tenantId = staff?.tenant.id;
  if (!staff) {
    const client = await getClient();
    if (!client || client.twoFactorPending || !(await canDownload(viewerOf(client), documentId))) return notFound();
    tenantId = client.tenant.id;
  }
  const file = await readDocument(await getDb(), tenantId!, documentId);
  if (!file) return notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      'content-type': file.doc.contentType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.doc.fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
