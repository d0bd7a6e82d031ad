import { listDefaults, listParamsSchema } from '@/lib/paging';

export const OUTBOX_SORT_KEYS = ['created', 'to', 'subject', 'status'] as const;
export type OutboxSortKey = (typeof OUTBOX_SORT_KEYS)[number];
/** The Outbox's state in the URL, newest first. */
export const outboxListSchema = listParamsSchema(OUTBOX_SORT_KEYS, { sort: 'created', dir: 'desc', size: 100 });
export const OUTBOX_LIST_DEFAULTS = listDefaults<OutboxSortKey>('created', 'desc', 100);
