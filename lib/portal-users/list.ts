import { listDefaults, type ListParams as PagingParams } from '@/lib/paging-url';

/** Portal Access's list state (no zod: the list's controls in the browser use it; schemas.ts has its URL schema). */
export const SORT_KEYS = ['company', 'email', 'name', 'level', 'status'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const LIST_DEFAULTS = listDefaults<SortKey>('company');
export type ListParams = PagingParams<SortKey>;
