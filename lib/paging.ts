import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';
import { text } from '@/lib/forms';
import { PAGE_SIZES, type ListParams, type PageSize, type SortDir, type Total } from './paging-url';

export * from './paging-url';

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

export const offsetOf = (params: Pick<ListParams, 'page' | 'size'>) => (params.page - 1) * params.size;

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

/** The `like` pattern for "contains what the user typed": `%`, `_` and `\` match themselves. */
export function likePattern(q: string) {
  return `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
