import { describe, expect, it } from 'vitest';
import { formatMoney, invoiceTotals, isNegative, lineAmount, minorUnits, minus, sum } from '@/lib/money';

describe('lineAmount', () => {
  it('rounds half-up to the cent', () => {
    expect(lineAmount('1', '0.005', 'USD')).toBe('0.01');
    expect(lineAmount('3', '0.335', 'USD')).toBe('1.01'); // 1.005 → 1.01 (a float would give 1.00)
    expect(lineAmount('1.5', '10.01', 'USD')).toBe('15.02'); // 15.015 → 15.02
    expect(lineAmount('0.333', '3', 'EUR')).toBe('1.00'); // 0.999
  });
  it('rounds negative amounts away from zero at the half (credit notes mirror invoices)', () => {
    expect(lineAmount('-1', '0.005', 'USD')).toBe('-0.01');
  });
  it('JPY has no decimals', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(lineAmount('1.5', '333', 'JPY')).toBe('500'); // 499.5 → 500
    expect(lineAmount('2', '1000', 'JPY')).toBe('2000');
  });
});

describe('invoiceTotals', () => {
  it('0.1 + 0.2 is exactly 0.30', () => {
    const t = invoiceTotals(
      [
        { quantity: '1', unitPrice: '0.1', taxRate: '0' },
        { quantity: '1', unitPrice: '0.2', taxRate: '0' },
      ],
      'USD',
    );
    expect(t.subtotal).toBe('0.30');
    expect(t.total).toBe('0.30');
  });
  it('tax is summed per rate, each rate rounded once', () => {
    // three lines of 0.10 at 5%: per line 0.005 would round to 0.01 each (0.03); per rate 0.015 → 0.02
    const lines = Array.from({ length: 3 }, () => ({ quantity: '1', unitPrice: '0.10', taxRate: '5' }));
    expect(invoiceTotals(lines, 'USD')).toEqual({ amounts: ['0.10', '0.10', '0.10'], subtotal: '0.30', taxTotal: '0.02', total: '0.32' });
  });
  it('different rates are taxed separately', () => {
    const t = invoiceTotals(
      [
        { quantity: '2', unitPrice: '100', taxRate: '8.875' },
        { quantity: '1', unitPrice: '50', taxRate: '20' },
        { quantity: '1', unitPrice: '10', taxRate: '0' },
      ],
      'USD',
    );
    expect(t.subtotal).toBe('260.00');
    expect(t.taxTotal).toBe('27.75'); // 17.75 + 10.00
    expect(t.total).toBe('287.75');
  });
  it('JPY totals carry no decimals', () => {
    const t = invoiceTotals([{ quantity: '3', unitPrice: '1234', taxRate: '10' }], 'JPY');
    expect(t).toEqual({ amounts: ['3702'], subtotal: '3702', taxTotal: '370', total: '4072' });
  });
  it('totals are decimal strings, never floats, even for large sums', () => {
    const t = invoiceTotals([{ quantity: '999999.999', unitPrice: '99999999.99', taxRate: '0' }], 'USD');
    expect(typeof t.total).toBe('string');
    expect(t.total).toBe('99999999890000.00');
  });
  it('no lines total zero', () => {
    expect(invoiceTotals([], 'EUR')).toEqual({ amounts: [], subtotal: '0.00', taxTotal: '0.00', total: '0.00' });
  });
});

describe('minus, sum, isNegative, formatMoney', () => {
  it('subtracts and adds exactly', () => {
    expect(minus('40', '10.75')).toBe('29.25');
    expect(minus('10', '12.75')).toBe('-2.75');
    expect(isNegative(minus('10', '12.75'))).toBe(true);
    expect(isNegative('0')).toBe(false);
    expect(sum(['0.1', '0.2'])).toBe('0.3');
    expect(sum([])).toBe('0');
  });
  it('formats in the currency and locale', () => {
    expect(formatMoney('1234.5', 'USD', 'en-US')).toBe('$1,234.50');
    expect(formatMoney('1234', 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatMoney('-5', 'EUR', 'en-US')).toBe('-€5.00');
  });
});
