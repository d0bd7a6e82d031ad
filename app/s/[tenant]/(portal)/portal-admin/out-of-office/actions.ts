'use server';
import { getTranslations } from 'next-intl/server';
import { clientAction } from '@/lib/actions';
import { clearAway, setAway } from '@/lib/portal-admin/out-of-office';
import { awaySchema, clearAwaySchema } from '@/lib/portal-admin/out-of-office-schemas';

const permission = 'portal_admin.out_of_office' as const;

export const setAwayAction = clientAction({ schema: awaySchema, permission, audit: 'portal_admin.set_out_of_office' }, async ({ contactId, ...away }, w) => {
  const contact = await setAway(w, contactId, away);
  return { success: (await getTranslations('portalAdmin.outOfOffice'))('saved', { name: `${contact.firstName} ${contact.lastName}`.trim() }) };
});

export const clearAwayAction = clientAction({ schema: clearAwaySchema, permission, audit: 'portal_admin.clear_out_of_office' }, async ({ contactId }, w) => {
  await clearAway(w, contactId);
  return { success: (await getTranslations('portalAdmin.outOfOffice'))('cleared') };
});
