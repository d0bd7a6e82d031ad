import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { text } from '@/lib/forms';

/**
 * Every list's state lives in its URL: filter `q`, `sort`, `dir`, `size` and `page`. Anything unexpected in the URL
 * falls back to the list's default (never an error page), and a page beyond the end shows an empty page with the way back.
 */
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export type SortDir = 'asc' | 'desc';

export type ListParams<K extends string = string> = { sort: K; dir: SortDir; q: string; size: PageSize; page: number };

export function listParamsSchema<K extends string>(sortKeys: readonly [K, ...K[]], defaults: { sort: K; dir?: SortDir; size?: PageSize }) {
  return z.object({
    sort: z.enum(sortKeys as unknown as [K, ...K[]]).catch(defaults.sort),
    dir: z.enum(['asc', 'desc']).catch(defaults.dir ?? 'asc'),
    q: text().max(200).catch(''),
    size: z.coerce
      .number()
      .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
      .catch(defaults.size ?? 10) as unknown as z.ZodType<PageSize>,
    page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  });
}

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

export const offsetOf = (params: Pick<ListParams, 'page' | 'size'>) => (params.page - 1) * params.size;

/** The list's state that differs from its defaults (page aside), for a form that narrows the list and keeps the rest. */
export function changedParams(params: ListParams, defaults: ListParams): Record<string, string> {
  const keys = (['q', 'sort', 'dir', 'size'] as const).filter((key) => params[key] !== defaults[key]);
  return Object.fromEntries(keys.map((key) => [key, String(params[key])]));
}

/** `asc` or `desc`, as the list's URL asks. */
export const ordered = (dir: SortDir) => (dir === 'asc' ? asc : desc);

/** Above this many matches a list says "10,000+" instead of counting a large tenant on every view. */
export const COUNT_CAP = 10_000;

/** How many rows match, counting at most `cap` + 1 of them (an index-only walk that stops early). */
export async function cappedCount(db: Db, table: PgTable, where: SQL | undefined, cap = COUNT_CAP): Promise<Total> {
  const limited = db.select({ one: sql`1` }).from(table).where(where).limit(cap + 1).as('limited');
  const [{ n }] = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(limited);
  return n > cap ? { count: cap, capped: true } : { count: n, capped: false };
}

/** A list's total: exact, or a lower bound when there were more than the cap. */
export type Total = { count: number; capped: boolean };

/** The `like` pattern for "contains what the user typed": `%`, `_` and `\` match themselves. */
export function likePattern(q: string) {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
