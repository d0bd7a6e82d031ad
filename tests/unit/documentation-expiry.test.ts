import { describe, expect, it } from 'vitest';
import { daysUntil, expiresSoon, todayUtc } from '@/lib/documentation/expiry';

describe('expiring warranties and licenses', () => {
  it('counts whole calendar days, across months, years and DST changes', () => {
    expect(daysUntil('2026-01-31', '2026-01-01')).toBe(30);
    expect(daysUntil('2027-01-01', '2026-12-31')).toBe(1);
    expect(daysUntil('2026-03-30', '2026-03-28')).toBe(2);
    expect(daysUntil('2026-01-01', '2026-01-01')).toBe(0);
    expect(daysUntil('2025-12-31', '2026-01-01')).toBe(-1);
  });

  it('flags the next 60 days (today and the 60th included), never what has already ended', () => {
    expect(expiresSoon('2026-01-01', '2026-01-01')).toBe(true);
    expect(expiresSoon('2026-03-02', '2026-01-01')).toBe(true); // 60 days
    expect(expiresSoon('2026-03-03', '2026-01-01')).toBe(false); // 61 days
    expect(expiresSoon('2025-12-31', '2026-01-01')).toBe(false);
    expect(expiresSoon('2026-01-11', '2026-01-01', 7)).toBe(false);
  });

  it('takes today in UTC', () => {
    expect(todayUtc(new Date('2026-05-31T23:30:00-02:00'))).toBe('2026-06-01');
  });
});
