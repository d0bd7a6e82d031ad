import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { companies, contacts, invoiceLines, invoices, tenants, type Invoice } from '@/lib/db/schema';
import { sendEmail } from '@/lib/email/send';
import { InvoiceEmail, invoiceSubject } from '@/lib/email/templates/invoice';
import { ActionError, NotFoundError, fieldError } from '@/lib/errors';
import { formatMoney, invoiceTotals, minus } from '@/lib/money';
import { invoicePdf } from '@/lib/pdf/invoice';
import type { StaffWork } from '@/lib/pipeline';
import { invoiceFileName, invoicePdfInputFor } from './queries';
import type { InvoiceInput, MarkPaidInput } from './schemas';
import { todayIso } from './status';

type Work = StaffWork<'invoices.edit'>;

export const NOT_DRAFT = 'Only a draft can be edited: a sent invoice can only be voided (a credit note is issued).';
export const NOT_SENT_FOR_PAYMENT = 'Only a sent invoice can be marked as paid.';
export const NOT_SENT_FOR_VOID = 'Only a sent invoice can be voided.';
export const ALREADY_SENT = 'This invoice has already been sent.';
export const NOT_SENT_FOR_RESEND = 'Only a sent or overdue invoice can be sent again.';
export const NO_RECIPIENT = 'This company has no billing contact or primary contact with an e-mail address. Set one on the company first.';

/** An invoice of this tenant, locked for the rest of the transaction (another tenant's id is not found). */
async function lockInvoice(w: Work, invoiceId: string): Promise<Invoice> {
  const [invoice] = await w.tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.tenantId, w.tenant.id), eq(invoices.id, invoiceId)))
    .for('update');
  if (!invoice) throw new NotFoundError('invoice');
  return invoice;
}

async function assertCompany(w: Work, companyId: string) {
  const [company] = await w.tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, companyId)));
  if (!company) throw fieldError('companyId', 'Choose a company.');
}

/** The tenant's next invoice number, taken inside the transaction (a rollback gives it back). */
async function nextNumber(w: Work): Promise<number> {
  const [row] = await w.tx
    .update(tenants)
    .set({ lastInvoiceNumber: sql`${tenants.lastInvoiceNumber} + 1` })
    .where(eq(tenants.id, w.tenant.id))
    .returning({ number: tenants.lastInvoiceNumber });
  return row.number;
}

async function writeLines(w: Work, invoiceId: string, input: InvoiceInput, amounts: string[]) {
  await w.tx.insert(invoiceLines).values(
    input.lines.map((l, i) => ({
      tenantId: w.tenant.id,
      invoiceId,
      position: i + 1,
      description: l.description,
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      taxRate: l.taxRate,
      amount: amounts[i],
    })),
  );
}

/** New invoice: a draft with the tenant's next number; totals computed exactly from its lines. */
export async function createInvoice(w: Work, input: InvoiceInput) {
  await assertCompany(w, input.companyId);
  const { amounts, subtotal, taxTotal, total } = invoiceTotals(input.lines, input.currency);
  const number = await nextNumber(w);
  const [invoice] = await w.tx
    .insert(invoices)
    .values({
      tenantId: w.tenant.id,
      companyId: input.companyId,
      number,
      issueDate: input.issueDate,
      dueDate: input.dueDate,
      currency: input.currency,
      status: 'draft',
      paymentLink: input.paymentLink,
      notes: input.notes,
      subtotal,
      taxTotal,
      total,
    })
    .returning();
  await writeLines(w, invoice.id, input, amounts);
  await w.audit({ type: 'invoice', id: invoice.id, details: { number, total, currency: input.currency } });
  return invoice;
}

/** Edit: drafts only. Lines are replaced as a whole, totals recomputed. */
export async function updateInvoice(w: Work, invoiceId: string, input: InvoiceInput) {
  const before = await lockInvoice(w, invoiceId);
  if (before.status !== 'draft') throw new ActionError(NOT_DRAFT);
  await assertCompany(w, input.companyId);
  const { amounts, subtotal, taxTotal, total } = invoiceTotals(input.lines, input.currency);
  const [invoice] = await w.tx
    .update(invoices)
    .set({
      companyId: input.companyId,
      issueDate: input.issueDate,
      dueDate: input.dueDate,
      currency: input.currency,
      paymentLink: input.paymentLink,
      notes: input.notes,
      subtotal,
      taxTotal,
      total,
      updatedAt: new Date(),
    })
    .where(and(eq(invoices.tenantId, w.tenant.id), eq(invoices.id, invoiceId), eq(invoices.status, 'draft')))
    .returning();
  await w.tx.delete(invoiceLines).where(and(eq(invoiceLines.tenantId, w.tenant.id), eq(invoiceLines.invoiceId, invoiceId)));
  await writeLines(w, invoiceId, input, amounts);
  await w.audit({ type: 'invoice', id: invoiceId, details: { number: invoice.number, total } });
  return invoice;
}

/** The company's billing contact, or its primary contact when it has none. */
async function recipientOf(w: Work, companyId: string) {
  const [company] = await w.tx
    .select({ billing: companies.billingContactId, primary: companies.primaryContactId })
    .from(companies)
    .where(and(eq(companies.tenantId, w.tenant.id), eq(companies.id, companyId)));
  for (const contactId of [company?.billing, company?.primary]) {
    if (!contactId) continue;
    const [contact] = await w.tx
      .select({ id: contacts.id, email: contacts.email, firstName: contacts.firstName })
      .from(contacts)
      .where(and(eq(contacts.tenantId, w.tenant.id), eq(contacts.id, contactId), eq(contacts.companyId, companyId)));
    if (contact?.email) return contact;
  }
  return null;
}

/** E-mails an invoice (its PDF attached, the payment link in the message) to the company's billing contact. */
async function mailInvoice(w: Work, invoice: Invoice, to: { email: string; firstName: string }) {
  const input = await invoicePdfInputFor({ tenantId: w.tenant.id, invoiceId: invoice.id }, w.tx);
  if (!input) throw new NotFoundError('invoice');
  const pdf = await invoicePdf(input);
  const creditNote = !!invoice.creditNoteOfId;
  await sendEmail({
    tenantId: w.tenant.id,
    to: to.email,
    subject: invoiceSubject(w.tenant.name, invoice.number, creditNote),
    template: 'invoice',
    body: InvoiceEmail({
      tenantName: w.tenant.name,
      firstName: to.firstName,
      number: invoice.number,
      amountDue: formatMoney(invoice.total, invoice.currency),
      dueDate: invoice.dueDate,
      paymentLink: invoice.paymentLink,
      creditNote,
    }),
    attachments: [{ fileName: invoiceFileName(invoice.number, creditNote), contentType: 'application/pdf', data: pdf }],
  });
}

/** Send: a draft becomes sent and is e-mailed (once the transaction commits) to the billing contact. */
export async function sendInvoice(w: Work, invoiceId: string) {
  const before = await lockInvoice(w, invoiceId);
  if (before.status !== 'draft') throw new ActionError(ALREADY_SENT);
  const to = await recipientOf(w, before.companyId);
  if (!to) throw new ActionError(NO_RECIPIENT);
  const [invoice] = await w.tx
    .update(invoices)
    .set({ status: 'sent', sentAt: new Date(), updatedAt: new Date() })
    .where(and(eq(invoices.tenantId, w.tenant.id), eq(invoices.id, invoiceId), eq(invoices.status, 'draft')))
    .returning();
  await mailInvoice(w, invoice, to);
  await w.audit({ type: 'invoice', id: invoiceId, details: { number: invoice.number, to: to.email } });
  return invoice;
}

/** Resend: a sent (or overdue) invoice is e-mailed again, its PDF attached, to the billing contact; nothing else changes. */
export async function resendInvoice(w: Work, invoiceId: string) {
  const invoice = await lockInvoice(w, invoiceId);
  if (invoice.status !== 'sent') throw new ActionError(NOT_SENT_FOR_RESEND);
  const to = await recipientOf(w, invoice.companyId);
  if (!to) throw new ActionError(NO_RECIPIENT);
  await mailInvoice(w, invoice, to);
  await w.audit({ type: 'invoice', id: invoiceId, details: { number: invoice.number, to: to.email } });
  return invoice;
}

/** Mark as paid: a sent (or overdue) invoice, with the payment's date and reference. */
export async function markInvoicePaid(w: Work, input: MarkPaidInput) {
  const before = await lockInvoice(w, input.invoiceId);
  if (before.status !== 'sent') throw new ActionError(NOT_SENT_FOR_PAYMENT);
  if (input.paidOn < before.issueDate) throw fieldError('paidOn', 'The payment date cannot be before the issue date.');
  const [invoice] = await w.tx
    .update(invoices)
    .set({ status: 'paid', paidOn: input.paidOn, paymentReference: input.paymentReference, updatedAt: new Date() })
    .where(and(eq(invoices.tenantId, w.tenant.id), eq(invoices.id, input.invoiceId), eq(invoices.status, 'sent')))
    .returning();
  await w.audit({ type: 'invoice', id: invoice.id, details: { number: invoice.number, paidOn: input.paidOn, reference: input.paymentReference } });
  return invoice;
}

const negate = (value: string) => minus('0', value);

/**
 * Void: a sent invoice becomes void and a credit note is issued — a new invoice (next number) mirroring its lines
 * with negative amounts, pointing at it, status sent — and e-mailed with its PDF to the billing contact. Paid
 * invoices, drafts and credit notes cannot be voided.
 */
export async function voidInvoice(w: Work, invoiceId: string) {
  const before = await lockInvoice(w, invoiceId);
  if (before.status !== 'sent') throw new ActionError(NOT_SENT_FOR_VOID);
  if (before.creditNoteOfId) throw new ActionError('A credit note cannot be voided.');
  const now = new Date();
  await w.tx
    .update(invoices)
    .set({ status: 'void', voidedAt: now, updatedAt: now })
    .where(and(eq(invoices.tenantId, w.tenant.id), eq(invoices.id, invoiceId)));
  const lines = await w.tx
    .select()
    .from(invoiceLines)
    .where(and(eq(invoiceLines.tenantId, w.tenant.id), eq(invoiceLines.invoiceId, invoiceId)))
    .orderBy(invoiceLines.position);
  const number = await nextNumber(w);
  const today = todayIso(now);
  const [credit] = await w.tx
    .insert(invoices)
    .values({
      tenantId: w.tenant.id,
      companyId: before.companyId,
      number,
      issueDate: today,
      dueDate: today,
      currency: before.currency,
      status: 'sent',
      paymentLink: null,
      notes: `Credit note for invoice #${before.number}.`,
      subtotal: negate(before.subtotal),
      taxTotal: negate(before.taxTotal),
      total: negate(before.total),
      creditNoteOfId: before.id,
      sentAt: now,
    })
    .returning();
  if (lines.length) {
    await w.tx.insert(invoiceLines).values(
      lines.map((l) => ({
        tenantId: w.tenant.id,
        invoiceId: credit.id,
        position: l.position,
        description: l.description,
        quantity: negate(l.quantity),
        unitPrice: l.unitPrice,
        taxRate: l.taxRate,
        amount: negate(l.amount),
      })),
    );
  }
  // The credit note goes to the billing contact as the invoice did; a company left without one still gets its void.
  const to = await recipientOf(w, before.companyId);
  if (to) await mailInvoice(w, credit, to);
  await w.audit({ type: 'invoice', id: invoiceId, details: { number: before.number, creditNoteId: credit.id, creditNoteNumber: number, mailedTo: to?.email ?? null } });
  return { voided: before.id, creditNote: credit };
}
