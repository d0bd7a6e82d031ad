import { describe, expect, it } from 'vitest';
import { EXPIRY_WINDOW_DAYS, addDays, daysUntil, expiresInWords, expiresWithin, isoDay } from '@/lib/documentation/expiry';

describe('expires in N days', () => {
  it('counts whole calendar days in UTC, whatever the hour', () => {
    expect(isoDay(new Date('2026-11-25T23:59:59Z'))).toBe('2026-11-25');
    expect(daysUntil('2026-11-25', '2026-11-25')).toBe(0);
    expect(daysUntil('2026-11-26', '2026-11-25')).toBe(1);
    expect(daysUntil('2026-12-25', '2026-11-25')).toBe(30);
    expect(daysUntil('2026-11-20', '2026-11-25')).toBe(-5);
    // Across a daylight-saving change and a leap day the count stays whole.
    expect(daysUntil('2026-03-30', '2026-03-28')).toBe(2);
    expect(daysUntil('2028-03-01', '2028-02-28')).toBe(2);
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('says it in words', () => {
    expect(expiresInWords(0)).toBe('expires today');
    expect(expiresInWords(1)).toBe('expires in 1 day');
    expect(expiresInWords(42)).toBe('expires in 42 days');
    expect(expiresInWords(-1)).toBe('expired 1 day ago');
    expect(expiresInWords(-3)).toBe('expired 3 days ago');
  });

  it('lists the next 60 days, today and the 60th day included, nothing past or undated', () => {
    expect(EXPIRY_WINDOW_DAYS).toBe(60);
    const today = '2026-11-25';
    expect(expiresWithin('2026-11-25', today)).toBe(true);
    expect(expiresWithin(addDays(today, 60), today)).toBe(true);
    expect(expiresWithin(addDays(today, 61), today)).toBe(false);
    expect(expiresWithin(addDays(today, -1), today)).toBe(false);
    expect(expiresWithin(null, today)).toBe(false);
    expect(expiresWithin(addDays(today, 10), today, 7)).toBe(false);
  });
});
