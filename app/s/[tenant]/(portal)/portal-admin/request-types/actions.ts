'use server';
import { getTranslations } from 'next-intl/server';
import { clientAction } from '@/lib/actions';
import { requestTypesSchema } from '@/lib/portal-admin/request-type-schemas';
import { setRequestTypePreferences } from '@/lib/portal-admin/request-types';

export const setRequestTypesAction = clientAction(
  { schema: requestTypesSchema, permission: 'portal_admin.request_types', audit: 'portal_admin.set_request_types' },
  async (input, w) => {
    await setRequestTypePreferences(w, input);
    return { success: (await getTranslations('portalAdmin.requestTypes'))('saved') };
  },
);
