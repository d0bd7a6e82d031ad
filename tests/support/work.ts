import { runStaff, type StaffWork } from '@/lib/pipeline';
import type { StaffPermission } from '@/lib/db/schema';
import type { StaffContext } from '@/lib/errors';

/**
 * A staff domain function as its action runs it — the declared permission checked, then the work and its audit
 * row in one transaction — called with a plain staff context, as the tests had it.
 */
export function staffOp<P extends StaffPermission, A extends unknown[], R>(fn: (w: StaffWork<P>, ...args: A) => Promise<R>, permission: P, audit: string) {
  return (ctx: StaffContext, ...args: A) => runStaff(ctx, { permission, audit }, (w) => fn(w, ...args));
}
