import 'server-only';
import { and, sql, type SQL } from 'drizzle-orm';
import { getDb, type Db } from '@/lib/db/client';
import { articleDictionary, articles } from '@/lib/db/schema';
import type { Viewer } from '@/lib/portal/access';
import { visibleArticles } from './access';
import { MARK_END, MARK_START, markedParts, type MarkedPart } from './marks';

const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 40;
export const SEARCH_PAGE_SIZE = 10;

/**
 * The user's text as a prefix query: its words (letters and digits only), each `word:*`, all required. Nothing else
 * survives, so no tsquery operator can come from the user; the result is still only ever passed as a parameter.
 */
export function prefixQuery(text: string): string | null {
  const words = (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .map((w) => w.slice(0, MAX_WORD_LENGTH))
    .slice(0, MAX_WORDS);
  return words.length ? words.map((w) => `${w}:*`).join(' & ') : null;
}

export type SearchHit = {
  id: string;
  title: string;
  category: string;
  language: string;
  updatedAt: Date;
  rank: number;
  titleParts: MarkedPart[];
  snippet: MarkedPart[];
};
export type SearchResult = {
  total: number;
  page: number;
  pageSize: number;
  hits: SearchHit[];
};

/** Markdown punctuation and link targets out of the body, so snippets read as text. */
const plainBody = sql`regexp_replace(regexp_replace(${articles.body}, '\\]\\([^)]*\\)', ']', 'g'), '[*_#>|\`~\\[\\]]+|-{2,}', ' ', 'g')`;

type Tsqueries = { en: SQL; fr: SQL; own: SQL };

/** The query in both dictionaries, and in each article's own (parameters only: the text is never spliced in). */
function tsqueries(query: string): Tsqueries {
  const en = sql`to_tsquery('english'::regconfig, ${query})`;
  const fr = sql`to_tsquery('french'::regconfig, ${query})`;
  return { en, fr, own: sql`(case when ${articles.language} = 'fr' then ${fr} else ${en} end)` };
}

/** Visible, and matching: the index finds candidates in either dictionary, the article's own language decides. */
const matching = (viewer: Viewer, { en, fr, own }: Tsqueries) =>
  and(visibleArticles(viewer), sql`${articles.search} @@ (${en} || ${fr})`, sql`${articles.search} @@ ${own}`);

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;
const TITLE_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;

/**
 * The statement of one page of results (also explained by the bench). The page is chosen first — ranked, with
 * the count of all matches — and only its rows are highlighted, since ts_headline reads the whole text.
 */
export function searchStatement(db: Db, viewer: Viewer, query: string, page: number, pageSize: number) {
  const q = tsqueries(query);
  const matches = db
    .select({
      id: articles.id,
      rank: sql<number>`ts_rank(${articles.search}, ${q.own})`.as('rank'),
      total: sql<number>`count(*) over ()`.as('total'),
    })
    .from(articles)
    .where(matching(viewer, q))
    .orderBy(sql`rank desc`, sql`${articles.updatedAt} desc`, articles.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .as('matches');
  return db
    .select({
      id: articles.id,
      title: articles.title,
      category: articles.category,
      language: articles.language,
      updatedAt: articles.updatedAt,
      rank: matches.rank,
      total: matches.total,
      titleMarked: sql<string>`ts_headline(${articleDictionary(articles.language)}, ${articles.title}, ${q.own}, ${TITLE_HEADLINE})`,
      snippet: sql<string>`ts_headline(${articleDictionary(articles.language)}, ${plainBody}, ${q.own}, ${HEADLINE})`,
    })
    .from(matches)
    .innerJoin(articles, sql`${articles.id} = ${matches.id}`)
    .orderBy(sql`${matches.rank} desc`, sql`${articles.updatedAt} desc`, articles.id);
}

/**
 * Full-text search over the articles the viewer may read, best first: the user's words as prefixes, ranked with
 * title above tags and category above body, highlighted in title and snippet. Counts, ranks and snippets only
 * ever see visible articles.
 */
export async function searchArticles(viewer: Viewer, text: string, options: { page?: number; pageSize?: number } = {}): Promise<SearchResult> {
  const pageSize = Math.min(Math.max(options.pageSize ?? SEARCH_PAGE_SIZE, 1), 50);
  const page = Math.max(1, Math.floor(options.page ?? 1));
  const query = prefixQuery(text);
  if (!query) return { total: 0, page, pageSize, hits: [] };
  const rows = await searchStatement(await getDb(), viewer, query, page, pageSize);
  const total = rows.length ? Number(rows[0].total) : page > 1 ? await countMatches(viewer, query) : 0;
  return {
    total,
    page,
    pageSize,
    hits: rows.map(({ total: _total, titleMarked, snippet, ...hit }) => ({
      ...hit,
      rank: Number(hit.rank),
      updatedAt: new Date(hit.updatedAt),
      titleParts: markedParts(titleMarked),
      snippet: markedParts(snippet),
    })),
  };
}

/** The count when the page asked for lies past the last match. */
async function countMatches(viewer: Viewer, query: string) {
  const db = await getDb();
  const [row] = await db
    .select({ n: sql<number>`count(*)` })
    .from(articles)
    .where(matching(viewer, tsqueries(query)));
  return Number(row.n);
}
