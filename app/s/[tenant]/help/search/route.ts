import { formatDate } from '@/lib/format';
import { helpReader, notFound, privateJson } from '@/lib/knowledge-base/help';
import { searchArticles } from '@/lib/knowledge-base/search';

/**
 * The Help sidebar's search: GET ?q= (prefix words, as typed), the same search and visibility as the Knowledge
 * Base dashboard. A portal user who may not use the knowledge base, or no session, gets 404; no words, 400.
 */
export async function GET(request: Request) {
  const reader = await helpReader();
  if (!reader) return notFound();
  const q = new URL(request.url).searchParams.get('q')?.trim().slice(0, 200) ?? '';
  if (!q) return privateJson({ error: 'Type a word to search.' }, 400);
  const result = await searchArticles(reader.viewer, q, { pageSize: 10 });
  return privateJson({
    total: result.total,
    hits: result.hits.map((hit) => ({
      id: hit.id,
      title: hit.title,
      titleParts: hit.titleParts,
      snippet: hit.snippet,
      category: hit.category,
      language: hit.language,
      updated: formatDate(hit.updatedAt, reader.client.contact.dateFormat),
    })),
  });
}
