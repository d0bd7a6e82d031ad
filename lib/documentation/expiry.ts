/**
 * Expiring warranties and licenses: whole days from `today` to `endsOn` (both yyyy-MM-dd, calendar dates in UTC),
 * negative once past. "Expires in N days" is shown for the next `window` days (60 by default).
 */
const DAY = 86_400_000;

export function daysUntil(endsOn: string, today: string): number {
  return Math.round((Date.parse(`${endsOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY);
}

export function expiresSoon(endsOn: string, today: string, window = 60): boolean {
  const days = daysUntil(endsOn, today);
  return days >= 0 && days <= window;
}

/** Today's calendar date in UTC, as the dates on file are kept. */
export const todayUtc = (now = new Date()) => now.toISOString().slice(0, 10);
