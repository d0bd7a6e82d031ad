import { runClient, type ClientWork } from '@/lib/actions';
import type { LevelPermission } from '@/lib/db/schema';
import type { ClientContext } from '@/lib/errors';

/**
 * A portal user's domain function as its action runs it — the level's permission checked, then the work and its
 * audit row in one transaction — called with a plain client context. (Test files using it mock `@/lib/auth/staff`:
 * Auth.js does not load under vitest.)
 */
export function clientOp<P extends LevelPermission | 'own_account', A extends unknown[], R>(fn: (w: ClientWork<P>, ...args: A) => Promise<R>, permission: P, audit: string) {
  return async (ctx: ClientContext, ...args: A): Promise<R> => {
    let result!: R;
    // The pipeline's work hands back a form result; the domain function's value is kept aside for the test.
    await runClient(ctx, { permission, audit }, async (w) => {
      result = await fn(w, ...args);
    });
    return result;
  };
}

export { LEVEL_REFUSED, runClient } from '@/lib/actions';
