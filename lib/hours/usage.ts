import { isNegative, lineAmount, minus, sum, type Decimal } from '@/lib/money';

/**
 * Block hours and retainer usage, as exact decimals (pure: no database, no clock — `today` is passed in).
 * Remaining = bought − used; a negative remaining is an overrun and shows as such, never clipped to zero.
 */

export type BlockInput = { hours: Decimal; expiresOn: string | null };
export type EntryInput = { workedOn: string; hours: Decimal; billable?: boolean };

export type BlockSummary = { bought: Decimal; used: Decimal; remaining: Decimal; overrun: boolean; expired: boolean };

export function blockSummary(block: BlockInput, entries: readonly Pick<EntryInput, 'hours'>[], today: string): BlockSummary {
  const used = sum(entries.map((e) => e.hours));
  const remaining = minus(block.hours, used);
  return { bought: sum([block.hours]), used, remaining, overrun: isNegative(remaining), expired: block.expiresOn !== null && block.expiresOn < today };
}

export type RetainerInput = {
  startsOn: string;
  endsOn: string | null;
  monthlyHours: Decimal | null;
  /** a money retainer: an amount a month, used at `hourlyRate` per billable hour */
  monthlyAmount?: Decimal | null;
  hourlyRate?: Decimal | null;
  currency?: string;
  rollover: boolean;
};

/** A retainer counts money when it has a monthly amount and an hourly rate; otherwise hours. */
export const isMoneyRetainer = (r: Pick<RetainerInput, 'monthlyAmount' | 'hourlyRate'>) => Boolean(r.monthlyAmount && r.hourlyRate);

export type RetainerMonth = {
  /** YYYY-MM */
  month: string;
  /** in the retainer's unit: hours, or money in its currency */
  allowance: Decimal;
  /** unused allowance brought from the previous month (rollover only; never negative) */
  carriedOver: Decimal;
  used: Decimal;
  /** allowance + carried over − used */
  remaining: Decimal;
  overrun: boolean;
  /** hours logged in the month (a money retainer's used amount is its billable hours × rate) */
  hours: Decimal;
};

const monthOf = (day: string) => day.slice(0, 7);

function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** What a month's entries use of a retainer: their hours, or a money retainer's billable hours × rate, to the cent. */
function usedBy(retainer: RetainerInput, entries: readonly EntryInput[]) {
  const hours = sum(entries.map((e) => e.hours));
  if (!isMoneyRetainer(retainer)) return { hours, used: hours };
  const billable = sum(entries.filter((e) => e.billable !== false).map((e) => e.hours));
  return { hours, used: lineAmount(billable, retainer.hourlyRate!, retainer.currency ?? 'USD') };
}

/** Every month from the start month to today's month (or the end date's, when earlier), oldest first. */
export function retainerMonths(retainer: RetainerInput, entries: readonly EntryInput[], today: string): RetainerMonth[] {
  const last = monthOf(retainer.endsOn && retainer.endsOn < today ? retainer.endsOn : today);
  const allowance = sum([(isMoneyRetainer(retainer) ? retainer.monthlyAmount : retainer.monthlyHours) ?? '0']);
  const months: RetainerMonth[] = [];
  let carried: Decimal = '0';
  for (let month = monthOf(retainer.startsOn); month <= last; month = nextMonth(month)) {
    const { hours, used } = usedBy(
      retainer,
      entries.filter((e) => monthOf(e.workedOn) === month),
    );
    const remaining = minus(sum([allowance, carried]), used);
    months.push({ month, allowance, carriedOver: carried, used, remaining, overrun: isNegative(remaining), hours });
    carried = retainer.rollover && !isNegative(remaining) ? remaining : '0';
  }
  return months;
}

/** Totals over a list of months or blocks. */
export function totals(rows: readonly { used: Decimal; remaining: Decimal }[]) {
  const remaining = sum(rows.map((r) => r.remaining));
  return { used: sum(rows.map((r) => r.used)), remaining, overrun: isNegative(remaining) };
}

/** Hours used per month (YYYY-MM, oldest first), for charts of usage over time. */
export function usageByMonth(entries: readonly EntryInput[]): { month: string; used: Decimal }[] {
  const months = [...new Set(entries.map((e) => monthOf(e.workedOn)))].sort();
  return months.map((month) => ({ month, used: sum(entries.filter((e) => monthOf(e.workedOn) === month).map((e) => e.hours)) }));
}
