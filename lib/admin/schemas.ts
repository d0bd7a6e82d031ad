import { listDefaults, listParamsSchema } from '@/lib/paging';

export const AUDIT_SORT_KEYS = ['when'] as const;
export type AuditSortKey = (typeof AUDIT_SORT_KEYS)[number];
/** The audit log's state in the URL, newest first (its `only` filter is its own parameter). */
export const auditListSchema = listParamsSchema(AUDIT_SORT_KEYS, { sort: 'when', dir: 'desc', size: 100 });
export const AUDIT_LIST_DEFAULTS = listDefaults<AuditSortKey>('when', 'desc', 100);
