/**
 * "Expires in N days" for warranties and licenses: pure, so the staff pages, the client's Documentation page and
 * the weekly digest count the same way. Dates are calendar dates (YYYY-MM-DD) compared in UTC.
 */

/** How far ahead the company page, the client's Documentation page and the digest look. */
export const EXPIRY_WINDOW_DAYS = 60;

const DAY = 86_400_000;

/** Today's calendar date in UTC, as stored in `ends_on`. */
export function isoDay(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The calendar date `days` after `day` (negative: before). */
export function addDays(day: string, days: number): string {
  return isoDay(new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY));
}

/** Whole days from `today` until `endsOn`: 0 on the day itself, negative once it has passed. */
export function daysUntil(endsOn: string, today: string = isoDay()): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

/** Whether a date falls within the window from today (inclusive), i.e. it should be listed as expiring soon. */
export function expiresWithin(endsOn: string | null | undefined, today: string = isoDay(), window = EXPIRY_WINDOW_DAYS): boolean {
  if (!endsOn) return false;
  const days = daysUntil(endsOn, today);
  return days >= 0 && days <= window;
}

/** English words for staff pages and the digest: "expires today", "expires in 1 day", "expired 3 days ago". */
export function expiresInWords(days: number): string {
  if (days === 0) return 'expires today';
  const n = Math.abs(days);
  const unit = n === 1 ? 'day' : 'days';
  return days > 0 ? `expires in ${n} ${unit}` : `expired ${n} ${unit} ago`;
}
