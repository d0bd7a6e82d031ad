/**
 * Every list's state lives in its URL: filter `q`, `sort`, `dir`, `size` and `page`. Anything unexpected in the URL
 * falls back to the list's default (never an error page), and a page beyond the end shows an empty page with the way back.
 *
 * This part has neither zod nor the database, so that list controls in the browser can use it; `lib/paging.ts`
 * re-exports it next to the URL schema and the queries.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type SortDir = 'asc' | 'desc';

export type ListParams<K extends string = string> = { sort: K; dir: SortDir; q: string; size: PageSize; page: number };

/** The list's defaults, so links leave them out of the URL. */
export function listDefaults<K extends string>(sort: K, dir: SortDir = 'asc', size: PageSize = 10): ListParams<K> {
  return { sort, dir, q: '', size, page: 1 };
}

/** The list URL for `params` with `changes`, leaving the list's defaults (and any other search parameters it keeps) as they are. */
export function listHref(pathname: string, params: ListParams, changes: Partial<ListParams>, defaults: ListParams, keep: Record<string, string> = {}) {
  const next = { ...params, ...changes };
  const search = new URLSearchParams(keep);
  for (const key of Object.keys(defaults) as (keyof ListParams)[]) {
    if (next[key] !== defaults[key]) search.set(key, String(next[key]));
  }
  const query = search.toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** The list's state that differs from its defaults (page aside), for a form that narrows the list and keeps the rest. */
export function changedParams(params: ListParams, defaults: ListParams): Record<string, string> {
  const keys = (['q', 'sort', 'dir', 'size'] as const).filter((key) => params[key] !== defaults[key]);
  return Object.fromEntries(keys.map((key) => [key, String(params[key])]));
}

/** A list's total: exact, or a lower bound when there were more than the cap. */
export type Total = { count: number; capped: boolean };
