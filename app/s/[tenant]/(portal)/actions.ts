'use server';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { prepareAvatar, saveAvatar } from '@/lib/account/avatar';
import { clientAction, sessionAction } from '@/lib/actions';
import { cookies } from 'next/headers';
import { endClientSession, getClient } from '@/lib/auth/client';
import { endPreview, PREVIEW_COOKIE } from '@/lib/auth/preview';
import { ActionError } from '@/lib/errors';
import { requireTenant } from '@/lib/tenancy/tenant';

export const logOff = sessionAction(async () => {
  const client = await getClient();
  if (client?.preview) return endPreviewAction();
  await endClientSession();
  redirect('/sign-in');
});

/** End preview: the preview session goes; the staff member's admin session and the contact's own stay. */
export const endPreviewAction = sessionAction(async () => {
  const tenant = await requireTenant();
  const jar = await cookies();
  await endPreview(tenant.id, jar.get(PREVIEW_COOKIE)?.value);
  jar.delete(PREVIEW_COOKIE);
  redirect('/preview/ended');
});

const pictureSchema = z.object({ picture: z.instanceof(File).optional() });

export const uploadPictureAction = clientAction(
  { schema: pictureSchema, permission: 'own_account', audit: 'client.update_picture' },
  async ({ picture }, w) => {
    const t = await getTranslations('picture');
    if (!picture || picture.size === 0) throw new ActionError(t('missing'));
    const result = await prepareAvatar(Buffer.from(await picture.arrayBuffer()));
    if (!result.ok) throw new ActionError(t(result.error, { megapixels: result.megapixels ?? 0 }));
    await saveAvatar(w, result.data, result.contentType);
    return { success: t('saved') };
  },
);
