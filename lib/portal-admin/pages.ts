import type { LevelPermission } from '@/lib/db/schema';

/** Portal Admin (SPEC section 3): one page per portal-admin permission, in the seed's order. */
export const PORTAL_ADMIN_PAGES = [
  { permission: 'portal_admin.logins', path: '/portal-admin/logins', label: 'logins' },
  { permission: 'portal_admin.queues', path: '/portal-admin/queues', label: 'queues' },
  { permission: 'portal_admin.request_types', path: '/portal-admin/request-types', label: 'requestTypes' },
  { permission: 'portal_admin.vendors', path: '/portal-admin/vendors', label: 'vendors' },
  { permission: 'portal_admin.out_of_office', path: '/portal-admin/out-of-office', label: 'outOfOffice' },
  { permission: 'portal_admin.off_hours', path: '/portal-admin/off-hours', label: 'offHours' },
] as const satisfies readonly { permission: LevelPermission; path: string; label: string }[];

export type PortalAdminPermission = (typeof PORTAL_ADMIN_PAGES)[number]['permission'];

/** The Portal Admin pages a security level allows (none: no menu entry, and every page answers 404). */
export const portalAdminPages = (permissions: readonly string[]) => PORTAL_ADMIN_PAGES.filter((p) => permissions.includes(p.permission));
