import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { articleFeedback, articles, documents } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import type { Viewer } from '@/lib/portal/access';
import { visibleArticles } from './access';
import type { FeedbackInput } from './schemas';

/** What a portal user reads of the knowledge base; every read is within `visibleArticles(viewer)`. */

export const RECENT_ARTICLES = 8;

/** The categories of the articles the viewer may read, with how many each holds (no category: ''). */
export async function articleCategories(viewer: Viewer) {
  const db = await getDb();
  const rows = await db
    .select({ category: articles.category, count: sql<number>`count(*)` })
    .from(articles)
    .where(visibleArticles(viewer))
    .groupBy(articles.category)
    .orderBy(asc(sql`lower(${articles.category})`));
  return rows.map((r) => ({ category: r.category, count: Number(r.count) }));
}

const listed = { id: articles.id, title: articles.title, category: articles.category, language: articles.language, updatedAt: articles.updatedAt };

/** The most recently updated articles the viewer may read, optionally of one category. */
export async function recentArticles(viewer: Viewer, options: { category?: string; limit?: number } = {}) {
  const db = await getDb();
  return db
    .select(listed)
    .from(articles)
    .where(and(visibleArticles(viewer), options.category === undefined ? undefined : eq(articles.category, options.category)))
    .orderBy(desc(articles.updatedAt), articles.id)
    .limit(options.limit ?? RECENT_ARTICLES);
}

/** One article the viewer may read, or null (a draft, another company's or tenant's, a bad id: all the same). */
export async function findVisibleArticle(viewer: Viewer, articleId: string) {
  if (!z.uuid().safeParse(articleId).success) return null;
  const db = await getDb();
  const [article] = await db
    .select()
    .from(articles)
    .where(and(eq(articles.id, articleId), visibleArticles(viewer)));
  return article ?? null;
}

/** The files attached to a visible article (downloaded through /files/<id>, which checks the article again). */
export async function articleAttachments(viewer: Viewer, articleId: string) {
  if (!(await findVisibleArticle(viewer, articleId))) return [];
  const db = await getDb();
  return db
    .select({ id: documents.id, fileName: documents.fileName, contentType: documents.contentType, size: documents.size })
    .from(documents)
    .where(and(eq(documents.tenantId, viewer.tenantId), eq(documents.articleId, articleId)))
    .orderBy(asc(documents.fileName));
}

/** The viewer's own answer to "Was this helpful?" (null: not answered). */
export async function ownFeedback(viewer: Viewer, articleId: string): Promise<boolean | null> {
  const db = await getDb();
  const [row] = await db
    .select({ helpful: articleFeedback.helpful })
    .from(articleFeedback)
    .where(and(eq(articleFeedback.tenantId, viewer.tenantId), eq(articleFeedback.articleId, articleId), eq(articleFeedback.contactId, viewer.contactId)));
  return row ? row.helpful : null;
}

/** "Was this helpful?": one answer per portal user and article; answering again changes it. */
export async function answerFeedback(w: ClientWork<'knowledge_base.view'>, { articleId, helpful }: FeedbackInput) {
  const article = await findVisibleArticle(w.viewer, articleId);
  if (!article) throw new NotFoundError('article');
  const now = new Date();
  await w.tx
    .insert(articleFeedback)
    .values({ tenantId: w.tenant.id, articleId, contactId: w.viewer.contactId, helpful, updatedAt: now })
    .onConflictDoUpdate({
      target: [articleFeedback.articleId, articleFeedback.contactId],
      set: { helpful, updatedAt: now },
      setWhere: eq(articleFeedback.tenantId, w.tenant.id),
    });
  await w.audit({ type: 'article', id: articleId, details: { title: article.title, helpful } });
}
