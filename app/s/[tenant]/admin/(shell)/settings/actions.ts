'use server';
import { staffAction } from '@/lib/actions';
import { customCodeSchema, portalSettingsSchema, sharingDefaultsSchema } from '@/lib/organization/schemas';
import { updatePortalSettings, updateTenantSettings } from '@/lib/organization/service';

export const updatePortalSettingsAction = staffAction(portalSettingsSchema, async (data, ctx) => {
  await updatePortalSettings(ctx, data);
  return { success: 'Client portal settings saved.' };
});

export const updateSharingDefaultsAction = staffAction(sharingDefaultsSchema, async (data, ctx) => {
  await updateTenantSettings(ctx, data, 'organization.update_sharing_defaults');
  return { success: 'Sharing defaults saved. They apply to new items; existing items keep their setting.' };
});

export const saveCustomCodeAction = staffAction(customCodeSchema, async (data, ctx) => {
  await updateTenantSettings(ctx, data, 'organization.update_custom_code');
  return { success: 'Saved' };
});
