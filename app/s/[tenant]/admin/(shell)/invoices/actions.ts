'use server';
import { staffAction } from '@/lib/actions';
import { editInvoiceSchema, invoiceIdSchema, invoiceSchema, markPaidSchema } from '@/lib/invoices/schemas';
import { createInvoice, markInvoicePaid, resendInvoice, sendInvoice, updateInvoice, voidInvoice } from '@/lib/invoices/service';

const edit = 'invoices.edit' as const;

export const createInvoiceAction = staffAction({ schema: invoiceSchema, permission: edit, audit: 'invoice.create' }, async (data, w) => {
  const invoice = await createInvoice(w, data);
  return { redirectTo: `/admin/invoices/${invoice.id}` };
});

export const updateInvoiceAction = staffAction({ schema: editInvoiceSchema, permission: edit, audit: 'invoice.update' }, async ({ invoiceId, ...data }, w) => {
  await updateInvoice(w, invoiceId, data);
  return { redirectTo: `/admin/invoices/${invoiceId}` };
});

export const sendInvoiceAction = staffAction({ schema: invoiceIdSchema, permission: edit, audit: 'invoice.send' }, async ({ invoiceId }, w) => {
  await sendInvoice(w, invoiceId);
  // The Send form leaves the page once the invoice is sent: the page says so.
  return { redirectTo: `/admin/invoices/${invoiceId}?done=sent` };
});

export const resendInvoiceAction = staffAction({ schema: invoiceIdSchema, permission: edit, audit: 'invoice.resend' }, async ({ invoiceId }, w) => {
  await resendInvoice(w, invoiceId);
  return { success: 'The invoice was sent again.' };
});

export const markInvoicePaidAction = staffAction({ schema: markPaidSchema, permission: edit, audit: 'invoice.mark_paid' }, async (data, w) => {
  await markInvoicePaid(w, data);
  return { redirectTo: `/admin/invoices/${data.invoiceId}?done=paid` };
});

export const voidInvoiceAction = staffAction({ schema: invoiceIdSchema, permission: edit, audit: 'invoice.void' }, async ({ invoiceId }, w) => {
  const { creditNote } = await voidInvoice(w, invoiceId);
  return { redirectTo: `/admin/invoices/${creditNote.id}?done=credit` };
});
