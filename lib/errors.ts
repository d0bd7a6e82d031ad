import { STAFF_PERMISSION_INFO } from '@/lib/auth/permissions';
import type { Contact, StaffPermission, Tenant, User } from '@/lib/db/schema';
import type { Viewer } from '@/lib/portal/access';

/** An expected failure with a message for the user (and optionally per field); changes nothing. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export class NotFoundError extends ActionError {
  constructor(what = 'record') {
    super(`That ${what} was not found.`);
  }
}

export type StaffContext = { tenant: Tenant; user: User };

/** The signed-in portal user: their tenant, contact record, session and what their level lets them see. */
export type ClientContext = { tenant: Tenant; contact: Contact; sessionToken: string; viewer: Viewer };

/** A refusal for staff who lack a permission (the pipeline checks before anything is read or written). */
export function permissionMessage(permission: StaffPermission) {
  return `You do not have permission to ${STAFF_PERMISSION_INFO[permission].label}.`;
}

export function fieldError(field: string, message: string): ActionError {
  return new ActionError('Please correct the highlighted fields.', { [field]: [message] });
}
