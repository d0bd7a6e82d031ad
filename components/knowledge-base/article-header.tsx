import Link from 'next/link';
import { Fragment } from 'react';
import { formatDate } from '@/lib/format';
import { ARTICLE_LANGUAGE_LABELS, ARTICLE_STATUS_LABELS } from '@/lib/knowledge-base/schemas';
import type { Article } from '@/lib/db/schema';

type Props = {
  article: Article;
  author: string | null;
  helpful: number;
  notHelpful: number;
  companies: string[];
  current: 'edit' | 'preview';
};

const tab = (active: boolean) =>
  `-mb-px border-b-2 px-3 py-2 text-sm font-medium ${active ? 'border-brand-600 text-brand-700' : 'border-transparent text-zinc-600 hover:text-zinc-900'}`;

/** The article's title, its facts for staff, and the Edit / Preview as client tabs. */
export function ArticleHeader({ article, author, helpful, notHelpful, companies, current }: Props) {
  const base = `/admin/knowledge-base/${article.id}`;
  const facts = [
    ARTICLE_STATUS_LABELS[article.status],
    article.visibility === 'public' ? 'Public' : `For ${companies.join(', ')}`,
    ARTICLE_LANGUAGE_LABELS[article.language],
    `Updated ${formatDate(article.updatedAt, 'yyyy-MM-dd')}`,
    author && `by ${author}`,
    `Helpful: ${helpful} Yes / ${notHelpful} No`,
  ].filter(Boolean);
  return (
    <div className="space-y-3">
      <Link href="/admin/knowledge-base" className="text-sm text-brand-700 hover:underline">
        ← Knowledge Base
      </Link>
      <div>
        <h1 className="break-words text-2xl font-semibold">{article.title}</h1>
        <p className="text-sm text-zinc-600">
          {facts.map((fact, i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              <span className="whitespace-nowrap">{fact}</span>
            </Fragment>
          ))}
        </p>
      </div>
      <nav aria-label="Article views" className="flex gap-2 border-b border-zinc-200">
        <Link href={base} aria-current={current === 'edit' ? 'page' : undefined} className={tab(current === 'edit')}>
          Edit
        </Link>
        <Link href={`${base}/preview`} aria-current={current === 'preview' ? 'page' : undefined} className={tab(current === 'preview')}>
          Preview as client
        </Link>
      </nav>
    </div>
  );
}
