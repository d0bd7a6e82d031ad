import { z } from 'zod';
import { checkbox, optionalId, optionalText, text } from '@/lib/forms';
import { listDefaults, listParamsSchema } from '@/lib/paging';

export const companySchema = z.object({
  name: text().min(1, 'Enter the company name.').max(200, 'Company name must be at most 200 characters.'),
  email: text()
    .max(254, 'E-mail must be at most 254 characters.')
    .refine((v) => v === '' || z.email().safeParse(v).success, 'Enter a valid e-mail address.')
    .transform((v) => v || null),
  parentCompanyId: optionalId,
  primaryContactId: optionalId,
  billingContactId: optionalId,
  portalEnabled: checkbox,
  knowledgeBaseEnabled: checkbox,
  twoFactorRequired: checkbox,
});
export type CompanyInput = z.infer<typeof companySchema>;

export const editCompanySchema = companySchema.extend({ companyId: z.uuid() });

export const contactSchema = z.object({
  firstName: text().min(1, 'Enter a first name.').max(100, 'First name must be at most 100 characters.'),
  lastName: text().max(100, 'Last name must be at most 100 characters.'),
  email: text().min(1, 'Enter an e-mail address.').pipe(z.email('Enter a valid e-mail address.')),
  phone: optionalText(50, 'Phone must be at most 50 characters.'),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const newContactSchema = contactSchema.extend({ companyId: z.uuid() });
export const editContactSchema = contactSchema.extend({ contactId: z.uuid() });

export const COMPANY_SORT_KEYS = ['name', 'email', 'parent', 'portal'] as const;
export type CompanySortKey = (typeof COMPANY_SORT_KEYS)[number];
/** The staff Companies list's state in the URL. */
export const companyListSchema = listParamsSchema(COMPANY_SORT_KEYS, { sort: 'name', size: 50 });
export const COMPANY_LIST_DEFAULTS = listDefaults<CompanySortKey>('name', 'asc', 50);

export const CONTACT_SORT_KEYS = ['name', 'email', 'company', 'phone', 'portal'] as const;
export type ContactSortKey = (typeof CONTACT_SORT_KEYS)[number];
/** The staff Contacts list's state in the URL (the company it is narrowed to, if any, is kept beside it). */
export const contactListSchema = listParamsSchema(CONTACT_SORT_KEYS, { sort: 'name', size: 50 });
export const CONTACT_LIST_DEFAULTS = listDefaults<ContactSortKey>('name', 'asc', 50);
