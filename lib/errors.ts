import type { StaffPermission, Tenant, User } from '@/lib/db/schema';

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

export const PERMISSION_LABELS: Record<StaffPermission, string> = {
  'portal_users.edit': 'edit portal user settings',
  'portal.preview': 'preview the client portal',
  'security_levels.manage': 'manage security levels',
  'organization_settings.edit': 'edit organization settings',
};

export function requirePermission(ctx: StaffContext, permission: StaffPermission) {
  if (!ctx.user.permissions.includes(permission)) {
    throw new ActionError(`You do not have permission to ${PERMISSION_LABELS[permission]}.`);
  }
}

export function fieldError(field: string, message: string): ActionError {
  return new ActionError('Please correct the highlighted fields.', { [field]: [message] });
}
