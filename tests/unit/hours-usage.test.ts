import { describe, expect, it } from 'vitest';
import { blockSummary, isMoneyRetainer, retainerMonths, totals, usageByMonth } from '@/lib/hours/usage';

const entry = (workedOn: string, hours: string) => ({ workedOn, hours });

describe('block summary', () => {
  it('remaining = bought − used, exactly', () => {
    const s = blockSummary({ hours: '40', expiresOn: '2027-01-01' }, [{ hours: '2.5' }, { hours: '4' }, { hours: '1.25' }, { hours: '3' }], '2026-11-25');
    expect(s).toEqual({ bought: '40', used: '10.75', remaining: '29.25', overrun: false, expired: false });
  });

  it('never adds in floating point', () => {
    const s = blockSummary({ hours: '0.3', expiresOn: null }, [{ hours: '0.1' }, { hours: '0.2' }], '2026-11-25');
    expect(s.remaining).toBe('0');
  });

  it('an overrun is negative and flagged, never clipped', () => {
    const s = blockSummary({ hours: '5', expiresOn: null }, [{ hours: '4' }, { hours: '3.5' }], '2026-11-25');
    expect(s.remaining).toBe('-2.5');
    expect(s.overrun).toBe(true);
  });

  it('is expired after its expiry date (not on it)', () => {
    expect(blockSummary({ hours: '1', expiresOn: '2026-11-24' }, [], '2026-11-25').expired).toBe(true);
    expect(blockSummary({ hours: '1', expiresOn: '2026-11-25' }, [], '2026-11-25').expired).toBe(false);
  });
});

describe('retainer months', () => {
  const usage = [entry('2026-08-03', '6'), entry('2026-08-10', '2.5'), entry('2026-09-03', '8'), entry('2026-09-10', '4.75'), entry('2026-10-03', '3')];
  const retainer = { startsOn: '2026-08-01', endsOn: null, monthlyHours: '10' };

  it('with rollover: unused hours carry over, an overrun never does', () => {
    const months = retainerMonths({ ...retainer, rollover: true }, usage, '2026-11-25');
    expect(months.map((m) => [m.month, m.carriedOver, m.used, m.remaining, m.overrun])).toEqual([
      ['2026-08', '0', '8.5', '1.5', false],
      ['2026-09', '1.5', '12.75', '-1.25', true],
      ['2026-10', '0', '3', '7', false],
      ['2026-11', '7', '0', '17', false],
    ]);
  });

  it('without rollover: every month starts from its allowance', () => {
    const months = retainerMonths({ ...retainer, rollover: false }, usage, '2026-11-25');
    expect(months.map((m) => [m.month, m.carriedOver, m.remaining])).toEqual([
      ['2026-08', '0', '1.5'],
      ['2026-09', '0', '-2.75'],
      ['2026-10', '0', '7'],
      ['2026-11', '0', '10'],
    ]);
    expect(totals(months)).toEqual({ used: '24.25', remaining: '15.75', overrun: false });
  });

  it('stops at the end date and crosses the year', () => {
    const months = retainerMonths({ startsOn: '2025-11-15', endsOn: '2026-01-31', monthlyHours: '5', rollover: false }, [], '2026-11-25');
    expect(months.map((m) => m.month)).toEqual(['2025-11', '2025-12', '2026-01']);
  });

  it('has no months before it starts', () => {
    expect(retainerMonths({ ...retainer, startsOn: '2026-12-01', rollover: false }, [], '2026-11-25')).toEqual([]);
  });
});

describe('money retainer months', () => {
  const money = { startsOn: '2026-09-01', endsOn: null, monthlyHours: null, monthlyAmount: '1500.00', hourlyRate: '125.00', currency: 'USD' };
  const usage = [
    entry('2026-09-02', '4.25'),
    entry('2026-09-20', '6'),
    { workedOn: '2026-09-21', hours: '3', billable: false },
    entry('2026-10-05', '12.5'),
    entry('2026-11-03', '0.1'),
    entry('2026-11-04', '0.2'),
  ];

  it('uses billable hours × rate, to the cent, with unused money carried over', () => {
    const months = retainerMonths({ ...money, rollover: true }, usage, '2026-11-25');
    expect(months.map((m) => [m.month, m.allowance, m.carriedOver, m.hours, m.used, m.remaining, m.overrun])).toEqual([
      ['2026-09', '1500', '0', '13.25', '1281.25', '218.75', false],
      ['2026-10', '1500', '218.75', '12.5', '1562.50', '156.25', false],
      ['2026-11', '1500', '156.25', '0.3', '37.50', '1618.75', false],
    ]);
  });

  it('adds decimals exactly (0.1 h + 0.2 h at 33.33 is 10.00, not a float)', () => {
    const [month] = retainerMonths({ ...money, hourlyRate: '33.33', startsOn: '2026-11-01', rollover: false }, usage, '2026-11-25');
    expect(month.used).toBe('10.00');
    expect(month.remaining).toBe('1490');
  });

  it('an overrun in money shows as such and is not carried over', () => {
    const months = retainerMonths({ ...money, monthlyAmount: '1000', rollover: true }, usage, '2026-10-31');
    expect(months.map((m) => [m.carriedOver, m.remaining, m.overrun])).toEqual([
      ['0', '-281.25', true],
      ['0', '-562.5', true],
    ]);
  });

  it('is an hours retainer unless both the amount and the rate are set', () => {
    expect(isMoneyRetainer(money)).toBe(true);
    expect(isMoneyRetainer({ monthlyAmount: '1500', hourlyRate: null })).toBe(false);
    const [month] = retainerMonths({ ...money, hourlyRate: null, monthlyHours: '10', startsOn: '2026-11-01', rollover: false }, usage, '2026-11-25');
    expect([month.allowance, month.used]).toEqual(['10', '0.3']);
  });
});

it('usage by month, oldest first', () => {
  expect(usageByMonth([entry('2026-09-03', '1'), entry('2026-08-03', '2'), entry('2026-09-30', '0.5')])).toEqual([
    { month: '2026-08', used: '2' },
    { month: '2026-09', used: '1.5' },
  ]);
});
