import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import type { StaffPermission, User } from '@/lib/db/schema';
import { currentArea, requireTenant } from '@/lib/tenancy/tenant';
import { auth } from './auth';
import { validateStaffSession } from './sessions';

/**
 * The signed-in staff member of this tenant, or null (revoked, expired, other tenant, or none). Only on the staff
 * section's own origin: a request that reached a portal host never acts as staff, whatever it carries.
 */
export const getStaff = cache(async () => {
  const tenant = await requireTenant();
  if ((await currentArea()) !== 'admin') return null;
  const session = await auth();
  const valid = await validateStaffSession(session?.sid, tenant.id);
  return valid ? { tenant, user: valid.user, sessionToken: session?.sid as string } : null;
});

export function can(user: Pick<User, 'permissions'>, permission: StaffPermission): boolean {
  return user.permissions.includes(permission);
}

/**
 * What a screen offers a staff member under one permission: whether they may change it, and its actions only
 * when they may (absent otherwise, so the controls built on them are absent or read-only).
 */
export function editRights(user: Pick<User, 'permissions'>, permission: StaffPermission) {
  const allowed = can(user, permission);
  return { allowed, only: <T,>(action: T) => (allowed ? action : undefined) };
}

/** For staff pages: the sign-in page when nobody (valid) is signed in. */
export async function requireStaff() {
  const staff = await getStaff();
  if (!staff) redirect('/admin/sign-in');
  return staff;
}
