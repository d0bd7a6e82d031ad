import { z } from 'zod';
import { checkbox, optionalId, text } from '@/lib/forms';
import { CURRENCIES } from '@/lib/money';

const day = (message: string) => z.iso.date(message);
const optionalDay = z
  .union([z.iso.date('Enter a date as YYYY-MM-DD.'), z.literal('')])
  .optional()
  .transform((v) => v || null);
/** A decimal as typed ("12.5"), kept as a string so it reaches the numeric column exactly. */
const decimalText = (message: string, max: number, places = 2) =>
  text()
    .regex(new RegExp(`^\\d{1,7}(\\.\\d{1,${places}})?$`), message)
    .refine((v) => Number(v) <= max, message);

export const hourBlockSchema = z.object({
  companyId: z.uuid('Choose a company.'),
  name: text().min(1, 'Enter a name for the block.').max(200),
  purchasedOn: day('Enter the purchase date as YYYY-MM-DD.'),
  hours: decimalText('Enter the hours bought, up to 100000 with two decimals.', 100_000).refine((v) => Number(v) > 0, 'Enter the hours bought, more than 0.'),
  price: decimalText('Enter the price as an amount, e.g. 3600.00.', 1e9).default('0'),
  currency: z.enum(CURRENCIES, 'Choose a currency.').default('USD'),
  expiresOn: optionalDay,
  notes: text({ multiline: true }).max(2000).default(''),
});
export type HourBlockInput = z.infer<typeof hourBlockSchema>;

export const retainerSchema = z
  .object({
    companyId: z.uuid('Choose a company.'),
    name: text().min(1, 'Enter a name for the retainer.').max(200),
    startsOn: day('Enter the start date as YYYY-MM-DD.'),
    endsOn: optionalDay,
    monthlyHours: decimalText('Enter the hours per month, up to 1000 with two decimals.', 1000).refine((v) => Number(v) > 0, 'Enter the hours per month, more than 0.'),
    rollover: checkbox,
  })
  .refine((r) => !r.endsOn || r.endsOn >= r.startsOn, { path: ['endsOn'], message: 'The end date cannot be before the start date.' });
export type RetainerInput = z.infer<typeof retainerSchema>;

export const timeEntrySchema = z
  .object({
    companyId: z.uuid('Choose a company.'),
    workedOn: day('Enter the date worked as YYYY-MM-DD.'),
    hours: decimalText('Enter the hours as a number more than 0 and up to 24, with two decimals.', 24).refine(
      (v) => Number(v) > 0,
      'Enter the hours as a number more than 0 and up to 24, with two decimals.',
    ),
    userId: optionalId,
    workerName: text().max(200).default(''),
    ticketId: optionalId,
    projectId: optionalId,
    description: text({ multiline: true }).max(2000).default(''),
    billable: checkbox,
    /** "block:<id>", "retainer:<id>" or "" (neither) */
    drawFrom: z
      .union([z.string().regex(/^(block|retainer):[0-9a-f-]{36}$/i, 'Choose a block or retainer.'), z.literal('')])
      .optional()
      .transform((v) => v || null),
  })
  .refine((e) => e.userId || e.workerName, { path: ['workerName'], message: 'Choose who did the work, or enter their name.' });
export type TimeEntryInput = z.infer<typeof timeEntrySchema>;

export const hoursIdSchema = z.object({ id: z.uuid('That record was not found.') });
