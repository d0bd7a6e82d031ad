import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { articleCompanies, articles, companies, documents } from '@/lib/db/schema';
import { checkUpload, storeDocument } from '@/lib/documents/files';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { StaffWork } from '@/lib/pipeline';
import type { ArticleInput } from './schemas';

type Work = StaffWork<'knowledge_base.edit'>;

/** An article of this tenant, locked for the change (another tenant's id is simply not found). */
async function getArticle(w: Work, articleId: string) {
  const [article] = await w.tx
    .select()
    .from(articles)
    .where(and(eq(articles.tenantId, w.tenant.id), eq(articles.id, articleId)))
    .for('update');
  if (!article) throw new NotFoundError('article');
  return article;
}

/** The companies an article is for: all of this tenant, or the field says so (another tenant's id is not in the list). */
async function companiesFor(w: Work, input: ArticleInput) {
  if (input.visibility === 'public') return [];
  const found = await w.tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), inArray(companies.id, input.companyIds)));
  if (found.length !== input.companyIds.length) throw fieldError('companyIds', 'Choose companies from the list.');
  return input.companyIds;
}

async function setCompanies(w: Work, articleId: string, companyIds: string[]) {
  await w.tx.delete(articleCompanies).where(and(eq(articleCompanies.tenantId, w.tenant.id), eq(articleCompanies.articleId, articleId)));
  if (companyIds.length) await w.tx.insert(articleCompanies).values(companyIds.map((companyId) => ({ tenantId: w.tenant.id, articleId, companyId })));
}

const fields = ({ title, body, category, tags, status, visibility, language }: ArticleInput) => ({ title, body, category, tags, status, visibility, language });
const details = (a: { title: string; status: string; visibility: string; language: string }, companyIds: string[]) => ({
  title: a.title,
  status: a.status,
  visibility: a.visibility,
  language: a.language,
  ...(a.visibility === 'companies' ? { companyIds } : {}),
});

export async function createArticle(w: Work, input: ArticleInput) {
  const companyIds = await companiesFor(w, input);
  const now = new Date();
  const [article] = await w.tx
    .insert(articles)
    .values({ ...fields(input), tenantId: w.tenant.id, authorUserId: w.user.id, updatedAt: now, publishedAt: input.status === 'published' ? now : null })
    .returning();
  await setCompanies(w, article.id, companyIds);
  await w.audit({ type: 'article', id: article.id, details: details(article, companyIds) });
  return article;
}

/** Saves every field; the first time an article is published, `publishedAt` remembers when. */
export async function updateArticle(w: Work, articleId: string, input: ArticleInput) {
  const before = await getArticle(w, articleId);
  const companyIds = await companiesFor(w, input);
  const now = new Date();
  const [article] = await w.tx
    .update(articles)
    .set({ ...fields(input), updatedAt: now, publishedAt: before.publishedAt ?? (input.status === 'published' ? now : null) })
    .where(and(eq(articles.tenantId, w.tenant.id), eq(articles.id, articleId)))
    .returning();
  await setCompanies(w, articleId, companyIds);
  await w.audit({ type: 'article', id: articleId, details: details(article, companyIds) });
  return article;
}

/** Publish or Unpublish: clients see a published article at once (when it is for them), a draft never. */
export async function setArticleStatus(w: Work, articleId: string, status: 'draft' | 'published') {
  const before = await getArticle(w, articleId);
  const now = new Date();
  const [article] = await w.tx
    .update(articles)
    .set({ status, updatedAt: now, publishedAt: before.publishedAt ?? (status === 'published' ? now : null) })
    .where(and(eq(articles.tenantId, w.tenant.id), eq(articles.id, articleId)))
    .returning();
  await w.audit({ action: status === 'published' ? 'article.publish' : 'article.unpublish', type: 'article', id: articleId, details: { title: article.title } });
  return article;
}

/** Deletes the article with its attachments, companies and feedback. */
export async function deleteArticle(w: Work, articleId: string) {
  const article = await getArticle(w, articleId);
  await w.tx.delete(articles).where(and(eq(articles.tenantId, w.tenant.id), eq(articles.id, articleId)));
  await w.audit({ type: 'article', id: articleId, details: { title: article.title } });
  return article;
}

/** An image or file for the article, under the same rules as documents; whoever may read the article may download it. */
export async function uploadArticleAttachment(w: Work, articleId: string, file: File) {
  const checked = await checkUpload(file);
  if (!checked.ok) throw fieldError('file', checked.error);
  await getArticle(w, articleId);
  const doc = await storeDocument(w.tx, w.tenant.id, checked, { articleId, shared: true, uploadedByUserId: w.user.id });
  await touch(w, articleId);
  await w.audit({ type: 'document', id: doc.id, details: { articleId, fileName: doc.fileName, size: doc.size } });
  return doc;
}

export async function removeArticleAttachment(w: Work, articleId: string, documentId: string) {
  await getArticle(w, articleId);
  const [doc] = await w.tx
    .delete(documents)
    .where(and(eq(documents.tenantId, w.tenant.id), eq(documents.articleId, articleId), eq(documents.id, documentId)))
    .returning();
  if (!doc) throw new NotFoundError('attachment');
  await touch(w, articleId);
  await w.audit({ type: 'document', id: documentId, details: { articleId, fileName: doc.fileName } });
}

const touch = (w: Work, articleId: string) =>
  w.tx
    .update(articles)
    .set({ updatedAt: sql`now()` })
    .where(and(eq(articles.tenantId, w.tenant.id), eq(articles.id, articleId)));
