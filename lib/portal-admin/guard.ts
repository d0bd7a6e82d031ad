import 'server-only';
import { notFound } from 'next/navigation';
import { requireClient } from '@/lib/auth/client';
import { viewerOf } from '@/lib/portal/access';
import type { PortalAdminPermission } from './pages';

/**
 * A Portal Admin page: the signed-in portal user, whose security level must have the page's permission.
 * Without it the page does not exist for them (404), as for every page a level does not allow.
 */
export async function requirePortalAdmin(permission: PortalAdminPermission) {
  const client = await requireClient();
  const viewer = viewerOf(client);
  if (!viewer.permissions.includes(permission)) notFound();
  return { ...client, viewer };
}
