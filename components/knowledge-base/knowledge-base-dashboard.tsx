import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { Contact, Tenant } from '@/lib/db/schema';
import { formatDate } from '@/lib/format';
import { articleCategories, recentArticles } from '@/lib/knowledge-base/portal';
import { searchArticles } from '@/lib/knowledge-base/search';
import { may, type Viewer } from '@/lib/portal/access';
import { Highlighted } from './highlighted';

type Params = { q?: string; category?: string; page?: string };
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
const box = 'rounded-lg border border-zinc-200 bg-white';

/** The Knowledge Base dashboard: search (a GET form, ?q=), categories with counts, recent articles. */
export async function KnowledgeBaseDashboard({
  viewer,
  tenant,
  contact,
  searchParams,
}: {
  viewer: Viewer;
  tenant: Tenant;
  contact: Contact;
  searchParams: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations('knowledgeBase');
  const params: Params = { q: one(searchParams.q)?.slice(0, 200), category: one(searchParams.category), page: one(searchParams.page) };
  const q = params.q?.trim() ?? '';
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t('title')}</h1>
      <form method="get" action="/dashboards/knowledge-base" role="search" className="flex flex-wrap items-end gap-2">
        <label className="min-w-0 flex-1 space-y-1 text-sm font-medium">
          <span>{t('searchLabel')}</span>
          <input type="search" name="q" defaultValue={q} maxLength={200} className="block w-full rounded-md border border-zinc-300 px-3 py-2 font-normal" />
        </label>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
          {t('searchButton')}
        </button>
      </form>
      {q ? (
        <SearchResults viewer={viewer} tenant={tenant} contact={contact} q={q} page={Number(params.page) || 1} />
      ) : (
        <Browse viewer={viewer} tenant={tenant} contact={contact} category={params.category} />
      )}
    </div>
  );
}

async function SearchResults({ viewer, tenant, contact, q, page }: { viewer: Viewer; tenant: Tenant; contact: Contact; q: string; page: number }) {
  const t = await getTranslations('knowledgeBase');
  const result = await searchArticles(viewer, q, { page });
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  const pageHref = (n: number) => `/dashboards/knowledge-base?${new URLSearchParams({ q, page: String(n) })}`;
  if (result.total === 0) {
    return (
      <div className={`${box} space-y-2 p-6 text-center`}>
        <p className="font-medium">{t('noResults', { query: q })}</p>
        <p className="text-sm text-zinc-600">{t('notFound')}</p>
        {may(viewer, 'tickets.create') ? (
          <Link href="/tickets/new" className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            {t('openServiceRequest')}
          </Link>
        ) : (
          <p className="text-sm text-zinc-600">{t('askProvider', { tenant: tenant.name })}</p>
        )}
      </div>
    );
  }
  return (
    <section aria-label={t('results', { count: result.total, query: q })} className="space-y-3">
      <p className="text-sm text-zinc-600">{t('results', { count: result.total, query: q })}</p>
      <ol className={`${box} divide-y divide-zinc-100`}>
        {result.hits.map((hit) => (
          <li key={hit.id} className="space-y-1 px-4 py-3">
            <Link href={`/knowledge-base/${hit.id}`} className="font-medium text-brand-700 hover:underline">
              <Highlighted parts={hit.titleParts} />
            </Link>
            <p className="text-sm text-zinc-700">
              <Highlighted parts={hit.snippet} />
            </p>
            <p className="text-xs text-zinc-500">
              {hit.category || t('general')} · {t('updated', { date: formatDate(hit.updatedAt, contact.dateFormat) })}
            </p>
          </li>
        ))}
      </ol>
      {pages > 1 && (
        <nav aria-label={t('pageOf', { page: result.page, pages })} className="flex items-center justify-between text-sm">
          {result.page > 1 ? <Link href={pageHref(result.page - 1)} className="text-brand-700 hover:underline">{t('previous')}</Link> : <span />}
          <span className="text-zinc-600">{t('pageOf', { page: result.page, pages })}</span>
          {result.page < pages ? <Link href={pageHref(result.page + 1)} className="text-brand-700 hover:underline">{t('next')}</Link> : <span />}
        </nav>
      )}
    </section>
  );
}

async function Browse({ viewer, tenant, contact, category }: { viewer: Viewer; tenant: Tenant; contact: Contact; category?: string }) {
  const t = await getTranslations('knowledgeBase');
  const categories = await articleCategories(viewer);
  const chosen = categories.find((c) => c.category === category);
  const articles = await recentArticles(viewer, chosen ? { category: chosen.category, limit: 100 } : {});
  if (categories.length === 0) {
    return <p className="rounded-lg border border-dashed border-zinc-300 bg-white p-8 text-center text-zinc-600">{t('noArticles', { tenant: tenant.name })}</p>;
  }
  const heading = chosen ? t('inCategory', { category: chosen.category || t('general') }) : t('recent');
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <nav aria-label={t('categories')} className={`${box} h-fit p-4`}>
        <h2 className="mb-2 font-semibold">{t('categories')}</h2>
        <ul className="space-y-1 text-sm">
          {chosen && (
            <li>
              <Link href="/dashboards/knowledge-base" className="text-brand-700 hover:underline">
                {t('allArticles')}
              </Link>
            </li>
          )}
          {categories.map((c) => (
            <li key={c.category} className="flex items-center justify-between gap-2">
              <Link
                href={`/dashboards/knowledge-base?${new URLSearchParams({ category: c.category })}`}
                aria-current={chosen?.category === c.category ? 'page' : undefined}
                className={`min-w-0 truncate hover:underline ${chosen?.category === c.category ? 'font-semibold text-zinc-900' : 'text-brand-700'}`}
              >
                {c.category || t('general')}
              </Link>
              <span className="shrink-0 rounded-full bg-zinc-100 px-2 text-xs text-zinc-600">{t('articleCount', { count: c.count })}</span>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-label={heading} className="space-y-3">
        <h2 className="font-semibold">{heading}</h2>
        <ul className={`${box} divide-y divide-zinc-100`}>
          {articles.map((a) => (
            <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 px-4 py-3">
              <Link href={`/knowledge-base/${a.id}`} className="font-medium text-brand-700 hover:underline">
                {a.title}
              </Link>
              <span className="text-xs text-zinc-500">
                {a.category || t('general')} · {t('updated', { date: formatDate(a.updatedAt, contact.dateFormat) })}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
