'use client';
import Link from 'next/link';
import { usePathname, useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { fill } from '@/lib/format';
import { listHref, PAGE_SIZES, type ListParams, type PageSize, type Total } from '@/lib/paging-url';

/** The words of a list's controls; each list passes its own (or its translations). */
export const LIST_LABELS = {
  filter: 'Filter',
  filterPlaceholder: '',
  clearFilter: 'Clear filter',
  itemsPerPage: 'Items per page',
  range: '{from} – {to} of {total}',
  pages: 'Pages',
  firstPage: 'First page',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  lastPage: 'Last page',
};
export type ListLabels = typeof LIST_LABELS & Partial<typeof PAST_END_LABELS>;

/** What a page past the end of a list says (optional keys, so translated label sets keep working without them). */
export const PAST_END_LABELS = {
  pastEnd: 'Page {page} is past the end of this list ({total} in all).',
  pastEndRange: 'none of {total}',
  backToFirst: 'Back to page 1',
};

type ListState = { params: ListParams; defaults: ListParams; keep?: Record<string, string> };

export function SortHeader({ label, sortKey, params, defaults, keep }: { label: string; sortKey: string } & ListState) {
  const pathname = usePathname();
  const active = params.sort === sortKey;
  const dir = active && params.dir === 'asc' ? 'desc' : 'asc';
  return (
    <th scope="col" aria-sort={active ? (params.dir === 'asc' ? 'ascending' : 'descending') : 'none'} className="px-3 py-2 text-left font-semibold">
      <Link href={listHref(pathname, params, { sort: sortKey, dir, page: 1 }, defaults, keep)} className="inline-flex items-center gap-1 hover:text-brand-700">
        {label}
        <span aria-hidden className={active ? 'text-brand-600' : 'text-zinc-300'}>
          {active && params.dir === 'desc' ? '↓' : '↑'}
        </span>
      </Link>
    </th>
  );
}

/** Filter box: the URL follows what is typed (debounced), back to page 1. */
export function FilterBox({ id, params, defaults, keep, placeholder, labels = LIST_LABELS }: { id: string; placeholder?: string; labels?: ListLabels } & ListState) {
  const router = useRouter();
  const pathname = usePathname();
  const [value, setValue] = useState(params.q);
  const [urlQ, setUrlQ] = useState(params.q);
  const [applied, setApplied] = useState(params.q);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // The URL changed without us (back button, a link): show its filter.
  if (params.q !== urlQ) {
    setUrlQ(params.q);
    if (params.q !== applied) setValue(params.q);
  }

  function apply(q: string) {
    clearTimeout(timer.current);
    setApplied(q.trim());
    router.replace(listHref(pathname, params, { q: q.trim(), page: 1 }, defaults, keep));
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <div className="max-w-full">
        <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
          {labels.filter}
        </label>
        <input
          id={id}
          type="search"
          value={value}
          placeholder={placeholder ?? labels.filterPlaceholder}
          onChange={(e) => {
            setValue(e.target.value);
            clearTimeout(timer.current);
            const q = e.target.value;
            timer.current = setTimeout(() => apply(q), 250);
          }}
          onKeyDown={(e) => e.key === 'Enter' && apply(value)}
          className="mt-1 w-72 max-w-full rounded-md border border-zinc-300 px-3 py-2 text-sm shadow-sm focus:outline-none focus:ring-2 focus:ring-brand-600"
        />
      </div>
      <button
        type="button"
        onClick={() => {
          setValue('');
          apply('');
        }}
        className="rounded-md px-3 py-2 text-sm font-medium uppercase tracking-wide text-brand-700 hover:bg-brand-50"
      >
        {labels.clearFilter}
      </button>
    </div>
  );
}

const asTotal = (given: number | Total): Total => (typeof given === 'number' ? { count: given, capped: false } : given);
const totalText = ({ count, capped }: Total) => (capped ? `${count.toLocaleString('en-US')}+` : count.toLocaleString('en-US'));

type EmptyProps = { total: number | Total; filtered: boolean; noMatch: string; none: string; labels?: ListLabels } & ListState;

/**
 * What a list with no rows on this page says: past the end of the list (with the way back to page 1), nothing
 * matching the list's filters (`noMatch`), or nothing at all yet (`none`).
 */
export function EmptyMessage({ total: given, filtered, noMatch, none, params, defaults, keep, labels = LIST_LABELS }: EmptyProps) {
  const pathname = usePathname();
  const total = asTotal(given);
  const words = { ...PAST_END_LABELS, ...labels };
  if (total.count === 0) return <>{filtered ? noMatch : none}</>;
  return (
    <>
      {fill(words.pastEnd, { page: params.page, total: totalText(total) })}{' '}
      <Link href={listHref(pathname, params, { page: 1 }, defaults, keep)} className="font-medium text-brand-700 underline">
        {words.backToFirst}
      </Link>
    </>
  );
}

/** The one row of a table with no rows on this page (see EmptyMessage). */
export function EmptyRow({ colSpan, ...props }: { colSpan: number } & EmptyProps) {
  return (
    <tr>
      <td colSpan={colSpan} className="px-3 py-10 text-center text-zinc-500">
        <EmptyMessage {...props} />
      </td>
    </tr>
  );
}

/**
 * Paging under a list: items per page, "1 – 10 of 57" (or "of 10,000+" past the count cap), first/previous/next/last.
 * `rowCount` (the rows on this page) lets "next" close on the last page of a capped list.
 */
export function Pager({
  params,
  defaults,
  keep,
  total: given,
  rowCount,
  labels = LIST_LABELS,
}: { total: number | Total; rowCount?: number; labels?: ListLabels } & ListState) {
  const router = useRouter();
  const pathname = usePathname();
  const { count: total, capped } = asTotal(given);
  const totalLabel = totalText({ count: total, capped });
  const words = { ...PAST_END_LABELS, ...labels };
  // Past the cap the last page is unknown: "next" stays open while the page is full.
  const lastPage = capped ? (rowCount === undefined || rowCount === params.size ? Number.MAX_SAFE_INTEGER : params.page) : Math.max(1, Math.ceil(total / params.size));
  const pastEnd = total > 0 && !capped && params.page > lastPage;
  const from = total === 0 ? 0 : (params.page - 1) * params.size + 1;
  const to = Math.min(params.page * params.size, total);
  const link = (label: string, symbol: string, page: number, enabled: boolean) =>
    enabled ? (
      <Link aria-label={label} title={label} href={listHref(pathname, params, { page }, defaults, keep)} className="rounded px-2 py-1 hover:bg-zinc-100">
        {symbol}
      </Link>
    ) : (
      <span aria-hidden="true" title={label} className="px-2 py-1 text-zinc-300">
        {symbol}
      </span>
    );

  return (
    <div className="flex flex-wrap items-center justify-end gap-4 px-3 py-3 text-sm text-zinc-700">
      <label className="flex items-center gap-2">
        {labels.itemsPerPage}
        <select
          value={params.size}
          onChange={(e) => router.push(listHref(pathname, params, { size: Number(e.target.value) as PageSize, page: 1 }, defaults, keep))}
          className="rounded-md border border-zinc-300 px-2 py-1"
        >
          {PAGE_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <span data-testid="range-label">
        {total === 0
          ? fill(labels.range, { from: 0, to: 0, total: 0 }).replace(/^0 – /, '')
          : pastEnd
            ? fill(words.pastEndRange, { total: totalLabel })
            : fill(labels.range, { from, to: capped ? params.page * params.size : to, total: totalLabel })}
      </span>
      <nav aria-label={labels.pages} className="flex items-center">
        {link(labels.firstPage, '|‹', 1, params.page > 1)}
        {link(labels.previousPage, '‹', Math.min(params.page - 1, lastPage), params.page > 1)}
        {link(labels.nextPage, '›', params.page + 1, params.page < lastPage)}
        {capped ? null : link(labels.lastPage, '›|', lastPage, params.page < lastPage)}
      </nav>
    </div>
  );
}
