'use server';
import { redirect } from 'next/navigation';
import { staffAction } from '@/lib/actions';
import { companySchema, editCompanySchema, editContactSchema, newContactSchema } from '@/lib/companies/schemas';
import { createCompany, createContact, updateCompany, updateContact } from '@/lib/companies/service';

export const createCompanyAction = staffAction(companySchema, async (data, ctx) => {
  const company = await createCompany(ctx, data);
  redirect(`/admin/companies/${company.id}?created=1`);
});

export const updateCompanyAction = staffAction(editCompanySchema, async ({ companyId, ...data }, ctx) => {
  await updateCompany(ctx, companyId, data);
  return { success: 'Company saved.' };
});

export const createContactAction = staffAction(newContactSchema, async ({ companyId, ...data }, ctx) => {
  const contact = await createContact(ctx, companyId, data);
  redirect(`/admin/contacts/${contact.id}?created=1`);
});

export const updateContactAction = staffAction(editContactSchema, async ({ contactId, ...data }, ctx) => {
  await updateContact(ctx, contactId, data);
  return { success: 'Contact saved.' };
});
