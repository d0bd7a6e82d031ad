import { z } from 'zod';
import { can, getStaff } from '@/lib/auth/staff';
import { getOutboxAttachment } from '@/lib/email/queries';

const notFound = () => new Response('Not found', { status: 404 });

/** A file sent with an outbox e-mail: staff who may see the outbox (organization settings), this tenant's mail only. */
export async function GET(_request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const staff = await getStaff();
  if (!staff || !can(staff.user, 'organization_settings.edit')) return notFound();
  const { attachmentId } = await params;
  if (!z.uuid().safeParse(attachmentId).success) return notFound();
  const file = await getOutboxAttachment({ tenantId: staff.tenant.id, attachmentId });
  if (!file) return notFound();
  return new Response(new Uint8Array(file.data), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  });
}
