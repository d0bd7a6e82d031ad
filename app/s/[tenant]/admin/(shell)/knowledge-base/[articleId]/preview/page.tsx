import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { ArticleHeader } from '@/components/knowledge-base/article-header';
import { ArticleView } from '@/components/knowledge-base/article-view';
import { Alert } from '@/components/ui/alert';
import { requireStaff } from '@/lib/auth/staff';
import { formatDate } from '@/lib/format';
import { getArticleForStaff } from '@/lib/knowledge-base/queries';

export const metadata: Metadata = { title: 'Preview article' };

/** The article exactly as a portal user who may read it sees it: the same rendering as the portal's article page. */
export default async function ArticlePreviewPage({ params }: { params: Promise<{ articleId: string }> }) {
  const { tenant } = await requireStaff();
  const { articleId } = await params;
  if (!z.uuid().safeParse(articleId).success) notFound();
  const data = await getArticleForStaff({ tenantId: tenant.id, articleId });
  if (!data) notFound();
  const { article } = data;
  const readers = article.visibility === 'public' ? 'portal users of every company with the knowledge base on' : `portal users of ${data.companies.join(', ')}`;
  return (
    <div className="max-w-4xl space-y-6">
      <ArticleHeader article={article} author={data.author} helpful={data.helpful} notHelpful={data.notHelpful} companies={data.companies} current="preview" />
      <Alert>
        {article.status === 'draft' ? `Draft: clients cannot see it yet. Once published, ${readers} will see it like this.` : `Published: ${readers} see it like this.`}
      </Alert>
      <div className="rounded-lg border border-zinc-200 bg-white p-6 shadow-sm sm:p-8">
        <ArticleView article={article} updated={formatDate(article.updatedAt, 'yyyy-MM-dd')} attachments={data.attachments} />
      </div>
    </div>
  );
}
