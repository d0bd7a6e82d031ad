import Big from 'big.js';
import { minorUnits } from '@/lib/money';

/**
 * What a portal user sees of an invoice's status: Overdue is not stored, it is a sent invoice whose due date has
 * passed (due today is not yet overdue). Dates are ISO `yyyy-MM-dd` strings, compared as such.
 */
export type PortalInvoiceStatus = 'draft' | 'sent' | 'overdue' | 'paid' | 'void';

export const PORTAL_STATUS_FILTERS = ['sent', 'overdue', 'paid', 'void'] as const;
export type PortalStatusFilter = (typeof PORTAL_STATUS_FILTERS)[number];

/** Today's date in UTC as `yyyy-MM-dd`. */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

export function displayStatus(invoice: { status: string; dueDate: string }, today: string): PortalInvoiceStatus {
  if (invoice.status === 'sent' && invoice.dueDate < today) return 'overdue';
  return invoice.status as PortalInvoiceStatus;
}

/** Pay online is offered only for an invoice still to be paid that has a payment link. */
export const canPayOnline = (invoice: { status: string; paymentLink: string | null }) => Boolean(invoice.paymentLink) && invoice.status === 'sent';

/** An ISO date (`yyyy-MM-dd`) as a UTC Date, for lib/format's formatDate. */
export const isoDate = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * An exact decimal string in the contact's number format (1,234.56 — 1.234,56 — 1 234,56) with the currency's
 * minor units and its code, e.g. `1,250.00 USD`; no floating point on the way.
 */
export function formatAmount(value: string, currency: string, numberFormat: string): string {
  const [group, decimal] = numberFormat === '1.234,56' ? ['.', ','] : numberFormat === '1 234,56' ? ['\u202f', ','] : [',', '.'];
  const fixed = new Big(value).toFixed(minorUnits(currency));
  const negative = fixed.startsWith('-') && /[1-9]/.test(fixed);
  const [int, frac] = fixed.replace('-', '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${frac ? decimal + frac : ''} ${currency}`;
}
