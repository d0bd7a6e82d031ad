import Big from 'big.js';

/**
 * Money and hours as exact decimals (big.js), never floats: amounts travel as strings ("1234.50"), as numeric
 * columns hand them over. Rounding is half-up to the currency's minor unit, once per line and once per tax sum.
 */
export type Decimal = string;

/** Minor units of the currencies we offer (ISO 4217); anything else has two. */
const MINOR_UNITS: Record<string, number> = { JPY: 0, KRW: 0, BHD: 3, KWD: 3, TND: 3 };
export const CURRENCIES = ['USD', 'CAD', 'EUR', 'GBP', 'AUD', 'CHF', 'JPY'] as const;

export const minorUnits = (currency: string) => MINOR_UNITS[currency] ?? 2;

const round = (value: Big, places: number) => value.round(places, Big.roundHalfUp);

export const decimal = (value: Decimal | number) => new Big(value);

/** quantity × unit price, rounded to the currency's minor unit. */
export function lineAmount(quantity: Decimal, unitPrice: Decimal, currency: string): Decimal {
  return round(new Big(quantity).times(unitPrice), minorUnits(currency)).toFixed(minorUnits(currency));
}

export type LineInput = { quantity: Decimal; unitPrice: Decimal; taxRate: Decimal };

/**
 * An invoice's totals: the lines' amounts added, tax summed per rate (each rate's tax rounded once), total = subtotal
 * + tax. The same lines always give the same totals, to the cent.
 */
export function invoiceTotals(lines: readonly LineInput[], currency: string): { amounts: Decimal[]; subtotal: Decimal; taxTotal: Decimal; total: Decimal } {
  const places = minorUnits(currency);
  const amounts = lines.map((l) => lineAmount(l.quantity, l.unitPrice, currency));
  const byRate = new Map<string, Big>();
  lines.forEach((l, i) => {
    const rate = new Big(l.taxRate).toString();
    byRate.set(rate, (byRate.get(rate) ?? new Big(0)).plus(amounts[i]));
  });
  const subtotal = amounts.reduce((sum, a) => sum.plus(a), new Big(0));
  const tax = [...byRate].reduce((sum, [rate, base]) => sum.plus(round(base.times(rate).div(100), places)), new Big(0));
  return { amounts, subtotal: subtotal.toFixed(places), taxTotal: tax.toFixed(places), total: subtotal.plus(tax).toFixed(places) };
}

/** a − b, exactly (hours remaining, balances); negative when b is larger — an overrun shows as such. */
export const minus = (a: Decimal, b: Decimal): Decimal => new Big(a).minus(b).toString();
export const sum = (values: readonly Decimal[]): Decimal => values.reduce((s, v) => s.plus(v), new Big(0)).toString();
export const isNegative = (value: Decimal) => new Big(value).lt(0);

/** An amount in the reader's number format and the invoice's currency (Intl reads the decimal string exactly up to 15 digits). */
export function formatMoney(value: Decimal, currency: string, locale = 'en-US'): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: minorUnits(currency), maximumFractionDigits: minorUnits(currency) }).format(
    Number(value),
  );
}

/** Hours with up to two decimals in the reader's number format. */
export const formatHours = (value: Decimal, locale = 'en-US') => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(Number(value));
