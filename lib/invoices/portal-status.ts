import Big from 'big.js';
import { minorUnits } from '@/lib/money';

export { displayStatus, todayIso } from './status';
export type { DisplayStatus as PortalInvoiceStatus } from './status';

export const PORTAL_STATUS_FILTERS = ['sent', 'overdue', 'paid', 'void'] as const;
export type PortalStatusFilter = (typeof PORTAL_STATUS_FILTERS)[number];

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
