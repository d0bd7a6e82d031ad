import { z } from 'zod';
import { getAvatar } from '@/lib/account/avatar';
import { getClient } from '@/lib/auth/client';
import { getStaff } from '@/lib/auth/staff';

/** A contact's profile picture: for staff of the tenant, and for portal users of the contact's own company. */
export async function GET(_request: Request, { params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const notFound = () => new Response('Not found', { status: 404 });
  if (!z.uuid().safeParse(contactId).success) return notFound();
  const client = await getClient();
  const viewer = client ?? (await getStaff());
  if (!viewer || client?.twoFactorPending) return notFound();
  const avatar = await getAvatar(viewer.tenant.id, contactId, client ? client.contact.companyId : undefined);
  if (!avatar) return notFound();
  return new Response(new Uint8Array(avatar.data), {
    headers: { 'content-type': avatar.contentType, 'cache-control': 'private, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' },
  });
}
