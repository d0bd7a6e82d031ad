import 'server-only';
import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { articleCompanies, articleFeedback, articles, companies, documents, users } from '@/lib/db/schema';

// Drizzle leaves columns unqualified in a one-table select: inside a subquery, name the outer article in full.
const articleId = sql.raw('"articles"."id"');
const author = sql<string | null>`(select coalesce(u.name, u.email) from ${users} u where u.id = "articles"."author_user_id")`;
const helpful = sql<number>`(select count(*)::int from ${articleFeedback} f where f.article_id = ${articleId} and f.helpful)`;
const notHelpful = sql<number>`(select count(*)::int from ${articleFeedback} f where f.article_id = ${articleId} and not f.helpful)`;
const companyNames = sql<string[]>`coalesce((select array_agg(c.name order by c.name) from ${articleCompanies} ac join ${companies} c on c.id = ac.company_id where ac.article_id = ${articleId}), '{}')`;

/** Every article of the tenant for staff — drafts too — newest change first, with "Was this helpful?" counts. */
export async function getArticlesForStaff({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  return db
    .select({
      id: articles.id,
      title: articles.title,
      category: articles.category,
      status: articles.status,
      visibility: articles.visibility,
      language: articles.language,
      updatedAt: articles.updatedAt,
      author,
      helpful,
      notHelpful,
      companies: companyNames,
    })
    .from(articles)
    .where(eq(articles.tenantId, tenantId))
    .orderBy(desc(articles.updatedAt), asc(articles.title))
    .limit(1000);
}

/** One article for its edit and preview pages: the companies it is for, its attachments, author and feedback. */
export async function getArticleForStaff({ tenantId, articleId }: { tenantId: string; articleId: string }) {
  const db = await getDb();
  const [row] = await db
    .select({ article: articles, author, helpful, notHelpful, companies: companyNames })
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), eq(articles.id, articleId)));
  if (!row) return null;
  const [chosenCompanies, attachments] = await Promise.all([
    db
      .select({ id: companies.id, name: companies.name })
      .from(articleCompanies)
      .innerJoin(companies, and(eq(companies.tenantId, tenantId), eq(companies.id, articleCompanies.companyId)))
      .where(and(eq(articleCompanies.tenantId, tenantId), eq(articleCompanies.articleId, articleId)))
      .orderBy(asc(companies.name), asc(companies.id)),
    db
      .select({ id: documents.id, fileName: documents.fileName, contentType: documents.contentType, size: documents.size })
      .from(documents)
      .where(and(eq(documents.tenantId, tenantId), eq(documents.articleId, articleId)))
      .orderBy(asc(documents.createdAt)),
  ]);
  return { ...row, chosenCompanies, attachments };
}

/** The categories already in use, offered while typing one. */
export async function getArticleCategories({ tenantId }: { tenantId: string }) {
  const db = await getDb();
  const rows = await db
    .selectDistinct({ category: articles.category })
    .from(articles)
    .where(and(eq(articles.tenantId, tenantId), sql`${articles.category} <> ''`))
    .orderBy(asc(articles.category))
    .limit(200);
  return rows.map((r) => r.category);
}
