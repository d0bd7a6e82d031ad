import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { documents } from '@/lib/db/schema';
import { findVisibleProject, findVisibleTicket, type Viewer } from '@/lib/portal/access';

/** A shared document the viewer may download: of a visible project, or an attachment of a visible ticket. */
export async function canDownload(viewer: Viewer, documentId: string) {
  const db = await getDb();
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.tenantId, viewer.tenantId), eq(documents.id, documentId), eq(documents.shared, true)));
  if (!doc) return false;
  if (doc.projectId) return Boolean(await findVisibleProject(viewer, doc.projectId));
  if (doc.ticketId) return Boolean(await findVisibleTicket(viewer, doc.ticketId));
  return false;
}
