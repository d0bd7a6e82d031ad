import 'server-only';
import { and, eq, or, sql, type SQL } from 'drizzle-orm';
import { articleCompanies, articles, companies } from '@/lib/db/schema';
import { may, type Viewer } from '@/lib/portal/access';

/**
 * The articles a portal user may read (SPEC section 3): none without the knowledge-base permission or when their
 * company has the knowledge base off; otherwise the tenant's published articles that are public or listed for their
 * own company. Every client read of articles — lists, search, snippets, counts, one article — goes through this.
 */
export function visibleArticles(viewer: Viewer): SQL {
  if (!may(viewer, 'knowledge_base.view')) return sql`false`;
  return and(
    eq(articles.tenantId, viewer.tenantId),
    eq(articles.status, 'published'),
    sql`exists (select 1 from ${companies} where ${companies.id} = ${viewer.companyId} and ${companies.tenantId} = ${viewer.tenantId} and ${companies.knowledgeBaseEnabled})`,
    or(
      eq(articles.visibility, 'public'),
      sql`exists (select 1 from ${articleCompanies} where ${articleCompanies.articleId} = ${articles.id} and ${articleCompanies.tenantId} = ${viewer.tenantId} and ${articleCompanies.companyId} = ${viewer.companyId})`,
    ),
  )!;
}
