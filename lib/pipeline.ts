import 'server-only';
import { audit as writeAudit, type AuditInput } from '@/lib/audit';
import { transaction, type Db } from '@/lib/db/client';
import type { LevelPermission, StaffPermission } from '@/lib/db/schema';
import type { ActionState } from './action-state';
import { ActionError, permissionMessage, type ClientContext, type StaffContext } from './errors';

export const LEVEL_REFUSED = 'Your security level does not allow this.';

/** What a piece of work hands back: a message for the form, a page to go to once committed, or nothing. */
export type WorkResult = ActionState | { redirectTo: string } | void;
/** `ip`: the caller's address, recorded where it matters (a secret revealed). */
type Target = { type: string; id: string | null; details?: Record<string, unknown>; action?: string; ip?: string | null };

declare const granted: unique symbol;

/**
 * The only way into a staff domain function: made by the pipeline after the permission check, inside the
 * tenant's transaction. `P` is the permission that was checked, so a domain function that declares
 * `StaffWork<'projects.edit'>` cannot be called from work that was granted something else.
 */
export type StaffWork<P extends StaffPermission | 'own_account' = StaffPermission | 'own_account'> = StaffContext & {
  readonly [granted]: P;
  tx: Db;
  /** Records the declared audit event (or `action`) for a target; written in the same transaction. */
  audit: Audit;
};

export type ClientWork<P extends LevelPermission | 'own_account' = LevelPermission | 'own_account'> = ClientContext & {
  readonly [granted]: P;
  tx: Db;
  audit: Audit;
};

export type StaffDeclaration<P extends StaffPermission | 'own_account'> = { permission: P; audit: string };
export type ClientDeclaration<P extends LevelPermission | 'own_account'> = { permission: P; audit: string };

/** One target, or several written in one statement (a bulk change). */
type Audit = (target: Target | Target[]) => Promise<void>;
type AuditRow = AuditInput;

/**
 * One transaction for the work and its audit row: a change never commits without its audit row, and a failed
 * change leaves none. At least the declared event is written, even when the work names no target.
 */
function inTransaction<R>(declared: string, row: (target: Target & { action: string }) => AuditRow, run: (tx: Db, audit: Audit) => Promise<R>) {
  return transaction(async (tx) => {
    let written = 0;
    const audit: Audit = async (target) => {
      const targets = Array.isArray(target) ? target : [target];
      written += targets.length;
      await writeAudit(
        targets.map((t) => row({ ...t, action: t.action ?? declared })),
        tx,
      );
    };
    const result = await run(tx, audit);
    if (!written) await audit({ type: 'tenant', id: null });
    return result;
  });
}

/** Why this staff member may not do what is declared (null: they may). */
export function staffRefusal(ctx: StaffContext, permission: StaffPermission | 'own_account'): string | null {
  return permission === 'own_account' || ctx.user.permissions.includes(permission) ? null : permissionMessage(permission);
}

/** Why this portal user's security level does not allow what is declared (null: it does). */
export function clientRefusal(ctx: ClientContext, permission: LevelPermission | 'own_account'): string | null {
  return permission === 'own_account' || ctx.viewer.permissions.includes(permission) ? null : LEVEL_REFUSED;
}

/** Runs staff work the way every staff action does: permission → one transaction with its audit row. */
export async function runStaff<P extends StaffPermission | 'own_account', R>(
  ctx: StaffContext,
  declaration: StaffDeclaration<P>,
  work: (w: StaffWork<P>) => Promise<R>,
): Promise<R> {
  const refused = staffRefusal(ctx, declaration.permission);
  if (refused) throw new ActionError(refused);
  const row = (t: Target & { action: string }): AuditRow => ({
    tenantId: ctx.tenant.id,
    actorType: 'staff',
    actorId: ctx.user.id,
    action: t.action,
    targetType: t.type,
    targetId: t.id,
    details: t.details,
    ip: t.ip,
  });
  return inTransaction(declaration.audit, row, (tx, audit) => work({ ...ctx, tx, audit } as StaffWork<P>));
}

/** Runs a portal user's work: their security level's permission → one transaction with its audit row. */
export async function runClient<P extends LevelPermission | 'own_account', R>(
  ctx: ClientContext,
  declaration: ClientDeclaration<P>,
  work: (w: ClientWork<P>) => Promise<R>,
): Promise<R> {
  const refused = clientRefusal(ctx, declaration.permission);
  if (refused) throw new ActionError(refused);
  const row = (t: Target & { action: string }): AuditRow => ({
    tenantId: ctx.tenant.id,
    actorType: 'client',
    actorId: ctx.contact.id,
    action: t.action,
    targetType: t.type,
    targetId: t.id,
    details: t.details,
    ip: t.ip,
  });
  return inTransaction(declaration.audit, row, (tx, audit) => work({ ...ctx, tx, audit } as ClientWork<P>));
}
