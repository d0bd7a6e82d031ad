import 'server-only';
import { refresh } from 'next/cache';
import { z } from 'zod';
import { getClient } from '@/lib/auth/client';
import { getStaff } from '@/lib/auth/staff';
import type { ClientContext } from '@/lib/account/service';
import { viewerOf } from '@/lib/sharing/access';
import type { ActionState } from './action-state';
import { ActionError, type StaffContext } from './errors';

export type { ActionState };

export const PREVIEW_READ_ONLY = 'Preview is read-only: nothing was changed.';
export const TWO_FACTOR_FIRST = 'Set up two-factor authentication first.';

function parse<S extends z.ZodType>(schema: S, formData: FormData) {
  const parsed = schema.safeParse(Object.fromEntries(formData));
  if (parsed.success) return { data: parsed.data as z.infer<S> };
  return { state: { error: 'Please correct the highlighted fields.', fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState['fieldErrors'] } };
}

function asState(error: unknown): ActionState {
  if (error instanceof ActionError) return { error: error.message, fieldErrors: error.fieldErrors };
  throw error;
}

/** Parses FormData with the form's own zod schema; per-field errors go back to the form. */
export function validatedAction<S extends z.ZodType>(
  schema: S,
  action: (data: z.infer<S>, formData: FormData) => Promise<ActionState | void>,
) {
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

/**
 * A staff server action: the signed-in staff member of this tenant → parse → run → refresh the page. The domain function
 * checks the permission and scopes every query by `ctx.tenant`; an ActionError becomes the form's message.
 */
export function staffAction<S extends z.ZodType>(schema: S, action: (data: z.infer<S>, ctx: StaffContext) => Promise<ActionState | void>) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const staff = await getStaff();
    if (!staff) return { error: 'Your session has ended. Please sign in again.' };
    const { data, state } = parse(schema, formData);
    if (state) return state;
    try {
      const result = (await action(data as z.infer<S>, { tenant: staff.tenant, user: staff.user })) ?? {};
      refresh();
      return result;
    } catch (error) {
      return asState(error);
    }
  };
}

/**
 * A portal user's server action on their own account: session → parse → run → refresh the page
 * (unless the result must stay on screen as it is, like recovery codes shown once).
 */
export function clientAction<S extends z.ZodType>(
  schema: S,
  action: (data: z.infer<S>, ctx: ClientContext) => Promise<ActionState | void>,
  options: { refresh?: boolean; beforeTwoFactor?: boolean } = {},
) {
  return async (_prev: ActionState, formData: FormData): Promise<ActionState> => {
    const client = await getClient();
    if (!client) return { error: 'Your session has ended. Please sign in again.' };
    if (client.preview) return { error: PREVIEW_READ_ONLY };
    if (client.twoFactorPending && !options.beforeTwoFactor) return { error: TWO_FACTOR_FIRST };
    const { data, state } = parse(schema, formData);
    if (state) return state;
    try {
      const ctx = { tenant: client.tenant, contact: client.contact, sessionToken: client.sessionToken, viewer: viewerOf(client) };
      const result = (await action(data as z.infer<S>, ctx)) ?? {};
      if (options.refresh !== false) refresh();
      return result;
    } catch (error) {
      return asState(error);
    }
  };
}
