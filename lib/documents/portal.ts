import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { articles, documents } from '@/lib/db/schema';
import { visibleArticles } from '@/lib/knowledge-base/access';
import { findVisibleProject, findVisibleTicket, type Viewer } from '@/lib/portal/access';

/**
 * A document the viewer may download: a shared one of a visible project, a shared attachment of a visible ticket,
 * or a file of an article they may read (an article's files are published with it).
 */
export async function canDownload(viewer: Viewer, documentId: string) {
  const db = await getDb();
  const [doc] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.tenantId, viewer.tenantId), eq(documents.id, documentId)));
  if (!doc) return false;
  if (doc.articleId) {
    const [article] = await db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.id, doc.articleId), visibleArticles(viewer)));
    return Boolean(article);
  }
  if (!doc.shared) return false;
  if (doc.projectId) return Boolean(await findVisibleProject(viewer, doc.projectId));
  if (doc.ticketId) return Boolean(await findVisibleTicket(viewer, doc.ticketId));
  return false;
}
