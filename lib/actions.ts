import 'server-only';
import { refresh } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { audit as writeAudit } from '@/lib/audit';
import { getClient } from '@/lib/auth/client';
import { getStaff } from '@/lib/auth/staff';
import { transaction, type Db } from '@/lib/db/client';
import type { LevelPermission, StaffPermission } from '@/lib/db/schema';
import { viewerOf } from '@/lib/portal/access';
import type { ActionState } from './action-state';
import { ActionError, permissionMessage, type ClientContext, type StaffContext } from './errors';

export type { ActionState };

export const SESSION_ENDED = 'Your session has ended. Please sign in again.';
export const PREVIEW_READ_ONLY = 'Preview is read-only: nothing was changed.';
export const TWO_FACTOR_FIRST = 'Set up two-factor authentication first.';
export const LEVEL_REFUSED = 'Your security level does not allow this.';
export const NOT_ALLOWED_CHARACTER = 'This field contains a character that is not allowed.';
const FAILED = 'Something went wrong, and nothing was changed. Please try again.';

/** What a piece of work hands back: a message for the form, a page to go to once committed, or nothing. */
export type WorkResult = ActionState | { redirectTo: string } | void;
type Target = { type: string; id: string | null; details?: Record<string, unknown>; action?: string };

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

/** FormData → the schema's data, or per-field errors. A NUL or other control character never reaches the database. */
function parse<S extends z.ZodType>(schema: S, formData: FormData): { data: z.infer<S>; state?: never } | { state: ActionState; data?: never } {
  const raw = Object.fromEntries(formData);
  const bad = Object.entries(raw).filter(([, v]) => typeof v === 'string' && /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(v));
  if (bad.length) return { state: { error: 'Please correct the highlighted fields.', fieldErrors: Object.fromEntries(bad.map(([k]) => [k, [NOT_ALLOWED_CHARACTER]])) } };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data as z.infer<S> };
  return { state: { error: 'Please correct the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState['fieldErrors'] } };
}

/** Expected refusals become the form's message; anything else is logged without its data and changes nothing. */
function asState(error: unknown): ActionState {
  unstable_rethrow(error);
  if (error instanceof ActionError) return { error: error.message, fieldErrors: error.fieldErrors };
  const code = (error as { cause?: { code?: string }; code?: string })?.cause?.code ?? (error as { code?: string })?.code;
  console.error(`action failed: ${error instanceof Error ? error.name : typeof error}${code ? ` (${code})` : ''}`);
  return { error: FAILED };
}

type Audit = (target: Target) => Promise<void>;
type AuditRow = Parameters<typeof writeAudit>[0];

/**
 * One transaction for the work and its audit row: a change never commits without its audit row, and a failed
 * change leaves none. At least the declared event is written, even when the work names no target.
 */
function inTransaction<R>(declared: string, row: (target: Target & { action: string }) => AuditRow, run: (tx: Db, audit: Audit) => Promise<R>) {
  return transaction(async (tx) => {
    let written = 0;
    const audit: Audit = async (target) => {
      written++;
      await writeAudit(row({ ...target, action: target.action ?? declared }), tx);
    };
    const result = await run(tx, audit);
    if (!written) await audit({ type: 'tenant', id: null });
    return result;
  });
}

/** Runs staff work the way every staff action does: permission → one transaction with its audit row. */
export async function runStaff<P extends StaffPermission | 'own_account', R extends WorkResult>(
  ctx: StaffContext,
  declaration: StaffDeclaration<P>,
  work: (w: StaffWork<P>) => Promise<R>,
): Promise<R> {
  if (declaration.permission !== 'own_account' && !ctx.user.permissions.includes(declaration.permission)) {
    throw new ActionError(permissionMessage(declaration.permission));
  }
  const row = (t: Target & { action: string }): AuditRow => ({ tenantId: ctx.tenant.id, actorType: 'staff', actorId: ctx.user.id, action: t.action, targetType: t.type, targetId: t.id, details: t.details });
  return inTransaction(declaration.audit, row, (tx, audit) => work({ ...ctx, tx, audit } as StaffWork<P>));
}

/** Runs a portal user's work: their security level's permission → one transaction with its audit row. */
export async function runClient<P extends LevelPermission | 'own_account', R extends WorkResult>(
  ctx: ClientContext,
  declaration: ClientDeclaration<P>,
  work: (w: ClientWork<P>) => Promise<R>,
): Promise<R> {
  if (declaration.permission !== 'own_account' && !ctx.viewer.permissions.includes(declaration.permission)) throw new ActionError(LEVEL_REFUSED);
  const row = (t: Target & { action: string }): AuditRow => ({ tenantId: ctx.tenant.id, actorType: 'client', actorId: ctx.contact.id, action: t.action, targetType: t.type, targetId: t.id, details: t.details });
  return inTransaction(declaration.audit, row, (tx, audit) => work({ ...ctx, tx, audit } as ClientWork<P>));
}

function finish(result: WorkResult, options: { refresh?: boolean }): ActionState {
  if (result && 'redirectTo' in result) redirect(result.redirectTo);
  if (options.refresh !== false) refresh();
  return result ?? {};
}

/**
 * A staff server action: session (this tenant's staff section) → declared permission → schema (per-field
 * errors) → the work and its audit row in one transaction → refresh. The permission comes before the input is
 * read, so a caller without it learns nothing from validation.
 */
export function staffAction<S extends z.ZodType, P extends StaffPermission | 'own_account'>(
  declaration: StaffDeclaration<P> & { schema: S; refresh?: boolean },
  work: (data: z.infer<S>, w: StaffWork<P>) => Promise<WorkResult>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const staff = await getStaff();
    if (!staff) return { error: SESSION_ENDED };
    const ctx = { tenant: staff.tenant, user: staff.user };
    if (declaration.permission !== 'own_account' && !ctx.user.permissions.includes(declaration.permission)) return { error: permissionMessage(declaration.permission) };
    const { data, state } = parse(declaration.schema, formData);
    if (state) return state;
    let result: WorkResult;
    try {
      result = await runStaff(ctx, declaration, (w) => work(data, w));
    } catch (error) {
      return asState(error);
    }
    return finish(result, declaration);
  };
}

/**
 * A portal user's server action: session → never in a preview → two-factor set-up first (unless this is the
 * set-up) → the security level's permission → schema → the work and its audit row in one transaction.
 */
export function clientAction<S extends z.ZodType, P extends LevelPermission | 'own_account'>(
  declaration: ClientDeclaration<P> & { schema: S; refresh?: boolean; beforeTwoFactor?: boolean },
  work: (data: z.infer<S>, w: ClientWork<P>) => Promise<WorkResult>,
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const client = await getClient();
    if (!client) return { error: SESSION_ENDED };
    if (client.preview) return { error: PREVIEW_READ_ONLY };
    if (client.twoFactorPending && !declaration.beforeTwoFactor) return { error: TWO_FACTOR_FIRST };
    const ctx: ClientContext = { tenant: client.tenant, contact: client.contact, sessionToken: client.sessionToken, viewer: viewerOf(client) };
    if (declaration.permission !== 'own_account' && !ctx.viewer.permissions.includes(declaration.permission)) return { error: LEVEL_REFUSED };
    const { data, state } = parse(declaration.schema, formData);
    if (state) return state;
    let result: WorkResult;
    try {
      result = await runClient(ctx, declaration, (w) => work(data, w));
    } catch (error) {
      return asState(error);
    }
    return finish(result, declaration);
  };
}

/**
 * An action anyone may call (sign-in, set password from a link, forgot password): schema → work. It carries its
 * own checks (a link's token, a password) and writes its own audit rows.
 */
export function validatedAction<S extends z.ZodType>(schema: S, action: (data: z.infer<S>, formData: FormData) => Promise<ActionState | void>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const { data, state } = parse(schema, formData);
    if (state) return state;
    try {
      return (await action(data as z.infer<S>, formData)) ?? {};
    } catch (error) {
      return asState(error);
    }
  };
}
