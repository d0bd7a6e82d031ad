import type { InvoiceStatus } from '@/lib/db/schema';

export type DisplayStatus = InvoiceStatus | 'overdue';

export const STATUS_LABELS: Record<DisplayStatus, string> = { draft: 'Draft', sent: 'Sent', overdue: 'Overdue', paid: 'Paid', void: 'Void' };
export const DISPLAY_STATUSES = Object.keys(STATUS_LABELS) as DisplayStatus[];

/** Today's date as YYYY-MM-DD (UTC), the form due dates are stored in. */
export const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

/**
 * What an invoice is, as people see it: Overdue is not stored — it is a sent invoice whose due date has passed
 * (due today is not yet overdue). Dates are ISO strings (YYYY-MM-DD), so they compare as text.
 */
export function displayStatus(invoice: { status: InvoiceStatus; dueDate: string }, today: string): DisplayStatus {
  return invoice.status === 'sent' && invoice.dueDate < today ? 'overdue' : invoice.status;
}

/** An ISO date moved by whole days (UTC), e.g. the default due date 30 days after issue. */
export function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return todayIso(date);
}
