import { notFound, redirect } from 'next/navigation';
import { requireClient } from '@/lib/auth/client';
import { portalAdminPages } from '@/lib/portal-admin/pages';

/** /portal-admin opens the first page the user's level allows. */
export default async function PortalAdminHome() {
  const client = await requireClient();
  const [first] = portalAdminPages(client.securityLevel?.permissions ?? []);
  if (!first) notFound();
  redirect(first.path);
}
