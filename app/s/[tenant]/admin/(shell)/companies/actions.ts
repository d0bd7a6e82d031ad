'use server';
import { staffAction } from '@/lib/actions';
import { companySchema, editCompanySchema, editContactSchema, newContactSchema } from '@/lib/companies/schemas';
import { createCompany, createContact, updateCompany, updateContact } from '@/lib/companies/service';

const edit = 'portal_users.edit' as const;

export const createCompanyAction = staffAction({ schema: companySchema, permission: edit, audit: 'company.create' }, async (data, w) => {
  const company = await createCompany(w, data);
  return { redirectTo: `/admin/companies/${company.id}?created=1` };
});

export const updateCompanyAction = staffAction({ schema: editCompanySchema, permission: edit, audit: 'company.update' }, async ({ companyId, ...data }, w) => {
  await updateCompany(w, companyId, data);
  return { success: 'Company saved.' };
});

export const createContactAction = staffAction({ schema: newContactSchema, permission: edit, audit: 'contact.create' }, async ({ companyId, ...data }, w) => {
  const contact = await createContact(w, companyId, data);
  return { redirectTo: `/admin/contacts/${contact.id}?created=1` };
});

export const updateContactAction = staffAction({ schema: editContactSchema, permission: edit, audit: 'contact.update' }, async ({ contactId, ...data }, w) => {
  await updateContact(w, contactId, data);
  return { success: 'Contact saved.' };
});
