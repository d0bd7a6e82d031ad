import { toCsv } from '@/lib/csv';
import type { PortalInvoiceRow } from './portal';
import { STATUS_LABELS, displayStatus } from './status';

type StaffInvoiceRow = PortalInvoiceRow & { company: string; subtotal: string; taxTotal: string; creditNoteOfId: string | null };

/** The staff Invoices list as CSV: what the table shows, plus currency, subtotal and tax. */
export function staffInvoicesCsv(rows: readonly StaffInvoiceRow[], today: string): string {
  return toCsv(
    ['Number', 'Credit note', 'Company', 'Issue date', 'Due date', 'Currency', 'Subtotal', 'Tax', 'Total', 'Status'],
    rows.map((r) => [r.number, r.creditNoteOfId ? 'yes' : 'no', r.company, r.issueDate, r.dueDate, r.currency, r.subtotal, r.taxTotal, r.total, STATUS_LABELS[displayStatus(r, today)]]),
  );
}

/** The client's Invoices dashboard as CSV: the same invoices, in the same order, with the same columns. */
export function portalInvoicesCsv(rows: readonly PortalInvoiceRow[], today: string): string {
  return toCsv(
    ['Invoice', 'Issue date', 'Due date', 'Currency', 'Total', 'Status'],
    rows.map((r) => [r.number, r.issueDate, r.dueDate, r.currency, r.total, STATUS_LABELS[displayStatus(r, today)]]),
  );
}
