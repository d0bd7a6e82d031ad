'use client';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useEffect, useRef, useState } from 'react';
import type { MarkedPart } from '@/lib/knowledge-base/marks';
import { Highlighted } from './highlighted';
import { Markdown } from './markdown';

type Hit = { id: string; title: string; titleParts: MarkedPart[]; snippet: MarkedPart[]; category: string; language: string; updated: string };
type Found = { query: string; total: number; hits: Hit[] };
type Article = { id: string; title: string; body: string; category: string; language: string; updated: string };
type Status = 'idle' | 'loading' | 'done' | 'error';

const DEBOUNCE_MS = 250;

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, credentials: 'same-origin', cache: 'no-store', headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(String(response.status));
  return response.json() as Promise<T>;
}

/** The Help sidebar's search over the knowledge base: results while typing, an article opened in place. */
export function HelpSearch({ mayCreateTickets, onNavigate }: { mayCreateTickets: boolean; onNavigate: () => void }) {
  const t = useTranslations();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<Status>('idle');
  const [found, setFound] = useState<Found | null>(null);
  const [article, setArticle] = useState<{ status: Status; data?: Article }>({ status: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const words = query.trim();

  useEffect(() => {
    if (!words) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setStatus('loading');
      getJson<Omit<Found, 'query'>>(`/help/search?${new URLSearchParams({ q: words })}`, controller.signal).then(
        (result) => {
          setFound({ ...result, query: words });
          setStatus('done');
        },
        (error: unknown) => {
          if (!controller.signal.aborted) setStatus(error instanceof Error && error.message === '400' ? 'idle' : 'error');
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [words]);

  function open(id: string) {
    setArticle({ status: 'loading' });
    getJson<Article>(`/help/articles/${encodeURIComponent(id)}`).then(
      (data) => setArticle({ status: 'done', data }),
      () => setArticle({ status: 'error' }),
    );
  }

  function back() {
    setArticle({ status: 'idle' });
    requestAnimationFrame(() => input.current?.focus());
  }

  if (article.status !== 'idle') {
    return (
      <div className="space-y-4">
        <button type="button" onClick={back} className="text-sm text-brand-700 hover:underline">
          ← {t('help.backToResults')}
        </button>
        {article.status === 'loading' && <p role="status" className="text-sm text-zinc-500">{t('help.loading')}</p>}
        {article.status === 'error' && <p role="alert" className="text-sm text-red-700">{t('help.failed')}</p>}
        {article.data && (
          <article aria-labelledby="help-article-title" className="space-y-3">
            <h3 id="help-article-title" lang={article.data.language} className="text-lg font-semibold">
              {article.data.title}
            </h3>
            <p className="text-xs text-zinc-500">
              {article.data.category || t('knowledgeBase.general')} · {t('knowledgeBase.updated', { date: article.data.updated })}
            </p>
            <div lang={article.data.language}>
              <Markdown>{article.data.body}</Markdown>
            </div>
            <Link href={`/knowledge-base/${article.data.id}`} onClick={onNavigate} className="inline-block text-sm font-medium text-brand-700 underline">
              {t('help.openFullPage')}
            </Link>
          </article>
        )}
      </div>
    );
  }

  const shown = words && found?.query === words ? found : null;
  return (
    <div className="space-y-4">
      <label className="block space-y-1 text-sm font-medium">
        <span>{t('help.search')}</span>
        <input
          ref={input}
          type="search"
          value={query}
          maxLength={200}
          onChange={(e) => setQuery(e.target.value)}
          className="block w-full rounded-md border border-zinc-300 px-3 py-2 font-normal"
        />
      </label>
      <div aria-live="polite" className="text-sm">
        {!words && <p className="text-zinc-500">{t('help.typeToSearch')}</p>}
        {words && status === 'loading' && !shown && <p className="text-zinc-500">{t('help.searching')}</p>}
        {words && status === 'error' && <p className="text-red-700">{t('help.failed')}</p>}
        {shown && shown.total === 0 && (
          <div className="space-y-2 rounded-md border border-dashed border-zinc-300 p-4">
            <p>{t('help.noResults', { query: shown.query })}</p>
            {mayCreateTickets && (
              <Link href="/tickets/new" onClick={onNavigate} className="inline-block font-medium text-brand-700 underline">
                {t('knowledgeBase.openServiceRequest')}
              </Link>
            )}
          </div>
        )}
        {shown && shown.total > 0 && <p className="text-zinc-500">{t('help.results', { count: shown.total })}</p>}
      </div>
      {shown && shown.hits.length > 0 && (
        <ul aria-label={t('help.results', { count: shown.total })} className="divide-y divide-zinc-100 rounded-md border border-zinc-200">
          {shown.hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => open(hit.id)} className="block w-full space-y-1 px-3 py-2 text-left hover:bg-zinc-50 focus-visible:bg-zinc-50">
                <span lang={hit.language} className="block font-medium text-brand-700">
                  <Highlighted parts={hit.titleParts} />
                </span>
                <span lang={hit.language} className="block text-sm text-zinc-700">
                  <Highlighted parts={hit.snippet} />
                </span>
                <span className="block text-xs text-zinc-500">{hit.category || t('knowledgeBase.general')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
