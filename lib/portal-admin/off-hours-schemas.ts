import { z } from 'zod';
import { blankOr, text } from '@/lib/forms';

/** Monday first, as a week reads on screen; `day` is JavaScript's (0 = Sunday). */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 0] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const time = (message: string) =>
  blankOr(z.string().regex(TIME, message)).transform((v) => v ?? '');
const closedField = z
  .union([z.boolean(), z.enum(['on', 'true', 'false'])])
  .optional()
  .transform((v) => v === true || v === 'on' || v === 'true');

const dayFields = Object.fromEntries(
  WEEKDAYS.flatMap((d) => [
    [`closed${d}`, closedField],
    [`opens${d}`, time('Enter a time as HH:mm.')],
    [`closes${d}`, time('Enter a time as HH:mm.')],
  ]),
) as Record<`closed${Weekday}`, typeof closedField> & Record<`opens${Weekday}` | `closes${Weekday}`, ReturnType<typeof time>>;

/**
 * Scheduled Off Hours: the time zone (checked against the server's list by the domain function) and, per weekday,
 * closed all day or open from `opens` to `closes` (the same day, closing after opening).
 */
export const offHoursScheduleSchema = z.object({ timeZone: text().min(1, 'Choose a time zone.'), ...dayFields }).superRefine((data, ctx) => {
  for (const d of WEEKDAYS) {
    if (data[`closed${d}`]) continue;
    const opens = data[`opens${d}`];
    const closes = data[`closes${d}`];
    if (!opens) ctx.addIssue({ code: 'custom', path: [`opens${d}`], message: 'Enter the opening time, or tick Closed all day.' });
    if (!closes) ctx.addIssue({ code: 'custom', path: [`closes${d}`], message: 'Enter the closing time, or tick Closed all day.' });
    if (opens && closes && closes <= opens) ctx.addIssue({ code: 'custom', path: [`closes${d}`], message: 'Closes must be after Opens.' });
  }
});
export type OffHoursScheduleInput = z.infer<typeof offHoursScheduleSchema>;

export const closureSchema = z.object({
  date: z.iso.date('Enter a date.'),
  name: text().min(1, 'Name the closure.').max(100, 'Keep the name under 100 characters.'),
});

export const removeClosureSchema = z.object({ closureId: z.uuid('That closure was not found.') });
