import { runClient, type ClientWork } from '@/lib/pipeline';
import type { LevelPermission } from '@/lib/db/schema';
import type { ClientContext } from '@/lib/errors';

/**
 * A portal user's domain function as its action runs it — the level's permission checked, then the work and its
 * audit row in one transaction — called with a plain client context.
 */
export function clientOp<P extends LevelPermission | 'own_account', A extends unknown[], R>(fn: (w: ClientWork<P>, ...args: A) => Promise<R>, permission: P, audit: string) {
  return (ctx: ClientContext, ...args: A) => runClient(ctx, { permission, audit }, (w) => fn(w, ...args));
}
