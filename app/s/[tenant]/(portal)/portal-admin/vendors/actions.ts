'use server';
import { getTranslations } from 'next-intl/server';
import { clientAction } from '@/lib/actions';
import { editVendorSchema, vendorIdSchema, vendorSchema } from '@/lib/portal-admin/vendor-schemas';
import { addVendor, deleteVendor, updateVendor } from '@/lib/portal-admin/vendors';

const LIST = '/portal-admin/vendors';

export const addVendorAction = clientAction(
  { schema: vendorSchema, permission: 'portal_admin.vendors', audit: 'portal_admin.add_vendor' },
  async (input, w) => {
    const vendor = await addVendor(w, input);
    return { success: (await getTranslations('portalAdmin.vendors'))('added', { name: vendor.name }) };
  },
);

export const updateVendorAction = clientAction(
  { schema: editVendorSchema, permission: 'portal_admin.vendors', audit: 'portal_admin.update_vendor' },
  async ({ vendorId, ...input }, w) => {
    await updateVendor(w, vendorId, input);
    return { redirectTo: LIST };
  },
);

export const deleteVendorAction = clientAction(
  { schema: vendorIdSchema, permission: 'portal_admin.vendors', audit: 'portal_admin.delete_vendor' },
  async ({ vendorId }, w) => {
    await deleteVendor(w, vendorId);
    return { redirectTo: LIST };
  },
);
