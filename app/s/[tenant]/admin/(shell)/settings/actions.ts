'use server';
import { staffAction } from '@/lib/actions';
import { customCodeSchema, organizationAddressSchema, portalSettingsSchema, sharingDefaultsSchema } from '@/lib/organization/schemas';
import { updatePortalSettings, updateTenantSettings } from '@/lib/organization/service';

const settings = 'organization_settings.edit' as const;

export const updatePortalSettingsAction = staffAction(
  { schema: portalSettingsSchema, permission: settings, audit: 'organization.update_portal_settings' },
  async (data, w) => {
    await updatePortalSettings(w, data);
    return { success: 'Client portal settings saved.' };
  },
);

export const updateSharingDefaultsAction = staffAction(
  { schema: sharingDefaultsSchema, permission: settings, audit: 'organization.update_sharing_defaults' },
  async (data, w) => {
    await updateTenantSettings(w, data);
    return { success: 'Sharing defaults saved. They apply to new items; existing items keep their setting.' };
  },
);

export const updateOrganizationAddressAction = staffAction(
  { schema: organizationAddressSchema, permission: settings, audit: 'organization.update_address' },
  async (data, w) => {
    await updateTenantSettings(w, data);
    return { success: 'Address saved. It is printed on invoices and reports from now on.' };
  },
);

export const saveCustomCodeAction = staffAction({ schema: customCodeSchema, permission: settings, audit: 'organization.update_custom_code' }, async (data, w) => {
  await updateTenantSettings(w, data);
  return { success: 'Saved' };
});
