import { describe, expect, it } from 'vitest';
import { addDays, displayStatus, todayIso } from '@/lib/invoices/status';

describe('displayStatus (Overdue is computed)', () => {
  const today = '2026-03-15';
  it('a sent invoice past its due date is overdue', () => {
    expect(displayStatus({ status: 'sent', dueDate: '2026-03-14' }, today)).toBe('overdue');
    expect(displayStatus({ status: 'sent', dueDate: '2025-12-31' }, today)).toBe('overdue');
  });
  it('due today or later is still sent', () => {
    expect(displayStatus({ status: 'sent', dueDate: '2026-03-15' }, today)).toBe('sent');
    expect(displayStatus({ status: 'sent', dueDate: '2026-04-01' }, today)).toBe('sent');
  });
  it('draft, paid and void are never overdue, whatever the due date', () => {
    for (const status of ['draft', 'paid', 'void'] as const) expect(displayStatus({ status, dueDate: '2020-01-01' }, today)).toBe(status);
  });
  it('compares dates across month and year boundaries', () => {
    expect(displayStatus({ status: 'sent', dueDate: '2026-02-28' }, '2026-03-01')).toBe('overdue');
    expect(displayStatus({ status: 'sent', dueDate: '2026-12-31' }, '2027-01-01')).toBe('overdue');
  });
  it('today is the UTC date', () => {
    expect(todayIso(new Date('2026-03-15T23:59:59Z'))).toBe('2026-03-15');
  });
});

describe('addDays', () => {
  it('moves across months, years and leap days', () => {
    expect(addDays('2026-01-31', 30)).toBe('2026-03-02');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  });
});
