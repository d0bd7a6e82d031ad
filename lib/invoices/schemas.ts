import Big from 'big.js';
import { z } from 'zod';
import { text } from '@/lib/forms';
import { CURRENCIES, invoiceTotals } from '@/lib/money';

/** Largest total the numeric(14, 2) columns hold. */
const MAX_TOTAL = '999999999999.99';
export const MAX_LINES = 100;

const QUANTITY = /^\d{1,9}(\.\d{1,3})?$/;
const PRICE = /^\d{1,12}(\.\d{1,2})?$/;
const RATE = /^\d{1,3}(\.\d{1,3})?$/;

/** One invoice line as the form sends it (decimal strings: never parsed into floats; Big only reads what matched). */
export const invoiceLineSchema = z.object({
  description: text().min(1, 'Enter a description.').max(500, 'The description is too long (500 characters at most).'),
  quantity: z
    .string('Enter a quantity.')
    .trim()
    .regex(QUANTITY, 'Enter the quantity as a number with at most 3 decimals.')
    .refine((v) => !QUANTITY.test(v) || new Big(v).gt(0), 'The quantity must be more than 0.'),
  unitPrice: z.string('Enter a unit price.').trim().regex(PRICE, 'Enter the unit price as a number with at most 2 decimals, 0 or more.'),
  taxRate: z
    .string()
    .trim()
    .default('0')
    .transform((v) => v || '0')
    .pipe(z.string().regex(RATE, 'Enter the tax rate as a percentage from 0 to 100.').refine((v) => !RATE.test(v) || new Big(v).lte(100), 'The tax rate cannot be more than 100%.')),
});
export type InvoiceLineInput = z.infer<typeof invoiceLineSchema>;

/** The lines travel as one JSON field (the form's line rows); each problem is on its line's field (`lines.0.quantity`). */
const linesField = z.unknown().transform((raw, ctx): InvoiceLineInput[] => {
  let value: unknown = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      value = null;
    }
  }
  if (!Array.isArray(value) || value.length === 0) {
    ctx.addIssue({ code: 'custom', message: 'Add at least one line.' });
    return z.NEVER;
  }
  if (value.length > MAX_LINES) {
    ctx.addIssue({ code: 'custom', message: `An invoice has at most ${MAX_LINES} lines.` });
    return z.NEVER;
  }
  const lines: InvoiceLineInput[] = [];
  value.forEach((line, i) => {
    const parsed = invoiceLineSchema.safeParse(line);
    if (parsed.success) lines.push(parsed.data);
    else for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', path: [i, ...issue.path], message: issue.message });
  });
  return lines.length === value.length ? lines : z.NEVER;
});

const paymentLink = text()
  .max(2000, 'The payment link is too long.')
  .optional()
  .transform((v) => v || null)
  .refine((v) => {
    if (v === null) return true;
    try {
      const url = new URL(v);
      return url.protocol === 'https:' && !!url.hostname && !url.username && !url.password;
    } catch {
      return false;
    }
  }, 'The payment link must be a full https:// address (not http).');

export const invoiceSchema = z
  .object({
    companyId: z.uuid('Choose a company.'),
    issueDate: z.iso.date('Enter the issue date as YYYY-MM-DD.'),
    dueDate: z.iso.date('Enter the due date as YYYY-MM-DD.'),
    currency: z.enum(CURRENCIES, 'Choose a currency.'),
    lines: linesField,
    paymentLink,
    notes: text({ multiline: true }).max(5000, 'The notes are too long (5000 characters at most).').default(''),
  })
  .refine((i) => i.dueDate >= i.issueDate, { path: ['dueDate'], message: 'The due date cannot be before the issue date.' })
  .refine((i) => new Big(invoiceTotals(i.lines, i.currency).total).lte(MAX_TOTAL), { path: ['lines'], message: 'The total is too large.' });
export type InvoiceInput = z.infer<typeof invoiceSchema>;

export const editInvoiceSchema = invoiceSchema.and(z.object({ invoiceId: z.uuid() }));

export const invoiceIdSchema = z.object({ invoiceId: z.uuid() });

export const markPaidSchema = z.object({
  invoiceId: z.uuid(),
  paidOn: z.iso.date('Enter the payment date as YYYY-MM-DD.'),
  paymentReference: text().min(1, 'Enter the payment reference.').max(200, 'The reference is too long (200 characters at most).'),
});
export type MarkPaidInput = z.infer<typeof markPaidSchema>;
