import { formatDate } from '@/lib/format';
import { helpReader, notFound, privateJson } from '@/lib/knowledge-base/help';
import { findVisibleArticle } from '@/lib/knowledge-base/portal';

/** One article for the Help sidebar (Markdown, rendered there by <Markdown>); 404 unless the user may read it. */
export async function GET(_request: Request, { params }: { params: Promise<{ articleId: string }> }) {
  const reader = await helpReader();
  if (!reader) return notFound();
  const article = await findVisibleArticle(reader.viewer, (await params).articleId);
  if (!article) return notFound();
  return privateJson({
    id: article.id,
    title: article.title,
    body: article.body,
    category: article.category,
    language: article.language,
    updated: formatDate(article.updatedAt, reader.client.contact.dateFormat),
  });
}
