import { STAFF_PERMISSION_INFO } from '@/lib/auth/permissions';
import { STAFF_PERMISSIONS, type StaffPermission } from '@/lib/db/schema';
import { orderedPermissions } from './schemas';

export type StaffStatus = 'active' | 'invited' | 'deactivated';

export const STAFF_STATUS_LABELS: Record<StaffStatus, string> = { active: 'Active', invited: 'Invited', deactivated: 'Deactivated' };

/** Deactivated wins; otherwise a member who has neither set a password nor used a sign-in link is still invited. */
export function staffStatus(user: { active: boolean; passwordHash: string | null; emailVerified: Date | null }): StaffStatus {
  if (!user.active) return 'deactivated';
  return user.passwordHash || user.emailVerified ? 'active' : 'invited';
}

export const permissionLabel = (permission: StaffPermission) => {
  const { label } = STAFF_PERMISSION_INFO[permission];
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
};

/** A member's permissions as the Staff page says them. */
export function permissionSummary(permissions: readonly StaffPermission[]): string {
  if (permissions.length === STAFF_PERMISSIONS.length) return 'Every permission';
  if (permissions.length === 0) return 'View only (no permissions)';
  return orderedPermissions(permissions).map(permissionLabel).join(', ');
}
