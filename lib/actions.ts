import 'server-only';
import { refresh } from 'next/cache';
import { redirect, unstable_rethrow } from 'next/navigation';
import { z } from 'zod';
import { CONTROL_CHARACTERS, MULTI_LINE_CONTROL } from '@/lib/forms';
import { getClient } from '@/lib/auth/client';
import { getStaff } from '@/lib/auth/staff';
import type { LevelPermission, StaffPermission } from '@/lib/db/schema';
import { viewerOf } from '@/lib/portal/access';
import type { ActionState } from './action-state';
import { ActionError, type ClientContext } from './errors';
import {
  LEVEL_REFUSED,
  clientRefusal,
  runClient,
  runStaff,
  staffRefusal,
  type ClientDeclaration,
  type ClientWork,
  type StaffDeclaration,
  type StaffWork,
  type WorkResult,
} from './pipeline';

export type { ActionState };
export type { ClientWork, StaffWork, WorkResult };
export { LEVEL_REFUSED };

export const SESSION_ENDED = 'Your session has ended. Please sign in again.';
export const PREVIEW_READ_ONLY = 'Preview is read-only: nothing was changed.';
export const TWO_FACTOR_FIRST = 'Set up two-factor authentication first.';
const FAILED = 'Something went wrong, and nothing was changed. Please try again.';

/** FormData → the schema's data, or per-field errors. A NUL or other control character never reaches the database. */
function parse<S extends z.ZodType>(schema: S, formData: unknown): { data: z.infer<S>; state?: never } | { state: ActionState; data?: never } {
  // A replayed or hand-made request may carry anything: only a form's fields are read.
  const raw = formData instanceof FormData ? Object.fromEntries(formData) : {};
  const bad = Object.entries(raw).filter(([, v]) => typeof v === 'string' && MULTI_LINE_CONTROL.test(v));
  if (bad.length)
    return { state: { error: 'Please correct the highlighted fields.', fieldErrors: Object.fromEntries(bad.map(([k]) => [k, [CONTROL_CHARACTERS]])) } };
  const parsed = schema.safeParse(raw);
  if (parsed.success) return { data: parsed.data as z.infer<S> };
  return { state: { error: 'Please correct the highlighted fields.', fieldErrors: fieldErrorsOf(parsed.error) } };
}

/** Errors by top-level field and, for a field inside a list (`lines.0.quantity`), by its own path as well. */
function fieldErrorsOf(error: z.ZodError): ActionState['fieldErrors'] {
  const errors: Record<string, string[]> = { ...(z.flattenError(error).fieldErrors as Record<string, string[]>) };
  for (const issue of error.issues) {
    if (issue.path.length < 2) continue;
    const key = issue.path.join('.');
    errors[key] = [...(errors[key] ?? []), issue.message];
  }
  return errors;
}

/** Expected refusals become the form's message; anything else is logged without its data and changes nothing. */
function asState(error: unknown): ActionState {
  unstable_rethrow(error);
  if (error instanceof ActionError) return { error: error.message, fieldErrors: error.fieldErrors };
  const code = (error as { cause?: { code?: string }; code?: string })?.cause?.code ?? (error as { code?: string })?.code;
  console.error(`action failed: ${error instanceof Error ? error.name : typeof error}${code ? ` (${code})` : ''}`);
  return { error: FAILED };
}

/** Work that answers with an error has refused: thrown inside the transaction, nothing it wrote commits and no audit row says it happened. */
function refusedChangesNothing(result: WorkResult): WorkResult {
  if (result && 'error' in result && result.error) throw new ActionError(result.error, result.fieldErrors as Record<string, string[]> | undefined);
  return result;
}

/** Parse the form, run the work (already cleared to run), and answer the form: a message, a redirect once committed, or a refresh. */
async function complete<S extends z.ZodType>(
  schema: S,
  formData: unknown,
  options: { refresh?: boolean },
  run: (data: z.infer<S>) => Promise<WorkResult>,
): Promise<ActionState> {
  const { data, state } = parse(schema, formData);
  if (state) return state;
  let result: WorkResult;
  try {
    result = await run(data);
  } catch (error) {
    return asState(error);
  }
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
    const refused = staffRefusal(ctx, declaration.permission);
    if (refused) return { error: refused };
    return complete(declaration.schema, formData, declaration, (data) => runStaff(ctx, declaration, (w) => work(data, w).then(refusedChangesNothing)));
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
    const refused = clientRefusal(ctx, declaration.permission);
    if (refused) return { error: refused };
    return complete(declaration.schema, formData, declaration, (data) => runClient(ctx, declaration, (w) => work(data, w).then(refusedChangesNothing)));
  };
}

/**
 * Sign out, Log Off, End preview: ends only the caller's own session, so it needs none and declares no permission.
 */
export function sessionAction(action: () => Promise<void>) {
  return async () => {
    await action();
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
