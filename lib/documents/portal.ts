import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { articles, documents } from '@/lib/db/schema';
import { visibleArticles } from '@/lib/knowledge-base/access';
import { findVisibleProject, findVisibleTicket, type Viewer } from '@/lib/portal/access';

async function articleVisible(viewer: Viewer, articleId: string) {
  const db = await getDb();
  const [row] = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.id, articleId), visibleArticles(viewer)));
  return Boolean(row);
}

/** A shared document the viewer may download: of a visible project, or an attachment of a visible ticket or article. */
export async function canDownload(viewer: Viewer, documentId: string) {
  const db = await getDb();
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.tenantId, viewer.tenantId), eq(documents.id, documentId), eq(documents.shared, true)));
  if (!doc) return false;
  if (doc.projectId) return Boolean(await findVisibleProject(viewer, doc.projectId));
  if (doc.ticketId) return Boolean(await findVisibleTicket(viewer, doc.ticketId));
  if (doc.articleId) return articleVisible(viewer, doc.articleId);
  return false;
}
