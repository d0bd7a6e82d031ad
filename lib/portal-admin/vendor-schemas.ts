import { z } from 'zod';
import { text } from '@/lib/forms';

export const BAD_VENDOR_EMAIL = 'Enter a valid e-mail address, or leave it empty.';

/** Portal Admin › Vendors: a supplier of the Manager's company; only the name is required. */
export const vendorSchema = z.object({
  name: text().min(1, 'Enter the vendor’s name.').max(200, 'A vendor name can be at most 200 characters.'),
  supplies: text().max(500, 'Supplies can be at most 500 characters.').default(''),
  accountNumber: text().max(100, 'The account number can be at most 100 characters.').default(''),
  supportPhone: text().max(50, 'The support phone can be at most 50 characters.').default(''),
  supportEmail: text()
    .max(254, BAD_VENDOR_EMAIL)
    .refine((v) => v === '' || z.email().safeParse(v).success, BAD_VENDOR_EMAIL)
    .default(''),
  notes: text({ multiline: true }).max(5000, 'Notes can be at most 5000 characters.').default(''),
});
export type VendorInput = z.infer<typeof vendorSchema>;

export const editVendorSchema = vendorSchema.extend({ vendorId: z.uuid() });

export const vendorIdSchema = z.object({ vendorId: z.uuid() });
