import { describe, expect, it } from 'vitest';
import type { OpeningHours } from '@/lib/db/schema';
import { isOffHours, wallClock } from '@/lib/portal-admin/off-hours';
import { offHoursScheduleSchema } from '@/lib/portal-admin/off-hours-schemas';

const weekdays = ([1, 2, 3, 4, 5] as const).map((day): OpeningHours => ({ day, opens: '08:00', closes: '17:00' }));
const newYork = { timeZone: 'America/New_York', openingHours: weekdays };
const at = (iso: string) => new Date(iso);

describe('isOffHours', () => {
  it('a company without a schedule is never off hours', () => {
    expect(isOffHours(null, [], at('2026-11-29T03:00:00Z'))).toBe(false);
    expect(isOffHours(undefined, [{ date: '2026-11-29' }], at('2026-11-29T03:00:00Z'))).toBe(false);
  });

  it('opens at the opening minute and is off hours from the closing minute (EST, UTC−5)', () => {
    // Wednesday 25 November 2026 in New York.
    expect(isOffHours(newYork, [], at('2026-11-25T12:59:00Z'))).toBe(true);
    expect(isOffHours(newYork, [], at('2026-11-25T13:00:00Z'))).toBe(false);
    expect(isOffHours(newYork, [], at('2026-11-25T21:59:00Z'))).toBe(false);
    expect(isOffHours(newYork, [], at('2026-11-25T22:00:00Z'))).toBe(true);
  });

  it('a day without hours is closed all day, judged by the local weekday', () => {
    // Saturday noon in New York; Friday 23:00 in New York is already Saturday in UTC.
    expect(isOffHours(newYork, [], at('2026-11-28T17:00:00Z'))).toBe(true);
    expect(isOffHours(newYork, [], at('2026-11-27T16:00:00Z'))).toBe(false);
    expect(wallClock(at('2026-11-28T02:00:00Z'), 'America/New_York')).toEqual({ date: '2026-11-27', day: 5, time: '21:00' });
    // Monday 06:00 UTC is still Sunday in New York, but already Monday 15:00 in Tokyo.
    expect(isOffHours(newYork, [], at('2026-11-30T03:00:00Z'))).toBe(true);
    expect(isOffHours({ timeZone: 'Asia/Tokyo', openingHours: weekdays }, [], at('2026-11-30T06:00:00Z'))).toBe(false);
  });

  it('follows daylight saving time: 08:00 in New York is 12:00 UTC in summer, 13:00 UTC in winter', () => {
    expect(isOffHours(newYork, [], at('2026-07-15T12:00:00Z'))).toBe(false);
    expect(isOffHours(newYork, [], at('2026-01-14T12:00:00Z'))).toBe(true);
    // The Monday after the change back (1 November 2026), and the Monday after the change forward (8 March 2026).
    expect(isOffHours(newYork, [], at('2026-11-02T12:30:00Z'))).toBe(true);
    expect(isOffHours(newYork, [], at('2026-03-09T12:30:00Z'))).toBe(false);
  });

  it('a closure is off hours all day in the schedule’s time zone', () => {
    const christmas = [{ date: '2026-12-25' }];
    expect(isOffHours(newYork, christmas, at('2026-12-25T15:00:00Z'))).toBe(true);
    // The day before is an ordinary Thursday; 23:30 on the 25th in New York is already the 26th in UTC.
    expect(isOffHours(newYork, christmas, at('2026-12-24T16:00:00Z'))).toBe(false);
    expect(isOffHours(newYork, christmas, at('2026-12-26T04:30:00Z'))).toBe(true);
    expect(
      isOffHours(
        { timeZone: 'UTC', openingHours: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: '00:00', closes: '23:59' }) as OpeningHours) },
        christmas,
        at('2026-12-25T00:00:00Z'),
      ),
    ).toBe(true);
  });
});

describe('the schedule form', () => {
  const open = {
    timeZone: 'UTC',
    closed0: 'on',
    closed6: 'on',
    opens1: '08:00',
    closes1: '17:00',
    opens2: '08:00',
    closes2: '17:00',
    opens3: '08:00',
    closes3: '17:00',
    opens4: '08:00',
    closes4: '17:00',
    opens5: '08:00',
    closes5: '17:00',
  };

  it('accepts closed days without hours and open days with closes after opens', () => {
    expect(offHoursScheduleSchema.safeParse(open).success).toBe(true);
  });

  it('refuses closing before opening, missing or malformed times, and no time zone, per field', () => {
    const result = offHoursScheduleSchema.safeParse({ ...open, timeZone: '', closes1: '07:00', opens2: '', closes3: '25:00' });
    expect(result.success).toBe(false);
    const fields = Object.keys(result.error!.flatten().fieldErrors).sort();
    expect(fields).toEqual(['closes1', 'closes3', 'opens2', 'timeZone']);
  });
});
