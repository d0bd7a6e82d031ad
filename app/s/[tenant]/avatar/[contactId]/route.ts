import { z } from 'zod';
import { getAvatar } from '@/lib/account/avatar';
import { getClient } from '@/lib/auth/client';
import { getStaff } from '@/lib/auth/staff';

/** A contact's profile picture, for people signed in to the same tenant (portal users or staff). */
export async function GET(_request: Request, { params }: { params: Promise<{ contactId: string }> }) {
  const { contactId } = await params;
  const viewer = (await getClient()) ?? (await getStaff());
  if (!viewer || !z.uuid().safeParse(contactId).success) return new Response('Not found', { status: 404 });
  const avatar = await getAvatar(viewer.tenant.id, contactId);
  if (!avatar) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(avatar.data), {
    headers: { 'content-type': avatar.contentType, 'cache-control': 'private, max-age=31536000, immutable', 'x-content-type-options': 'nosniff' },
  });
}
