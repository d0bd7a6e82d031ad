import { z } from 'zod';
import { blankOr, checkbox, optionalId, text } from '@/lib/forms';
import { CURRENCIES } from '@/lib/money';

const day = (message: string) => z.iso.date(message);
const recordId = z.uuid('That record was not found.');
const optionalDay = blankOr(z.iso.date('Enter a date as YYYY-MM-DD.'));
/** A decimal as typed ("12.5"), kept as a string so it reaches the numeric column exactly. */
const decimalText = (message: string, max: number, places = 2) =>
  text()
    .regex(new RegExp(`^\\d{1,7}(\\.\\d{1,${places}})?$`), message)
    .refine((v) => Number(v) <= max, message);

const hourBlockFields = z.object({
  companyId: z.uuid('Choose a company.'),
  name: text().min(1, 'Enter a name for the block.').max(200),
  purchasedOn: day('Enter the purchase date as YYYY-MM-DD.'),
  hours: decimalText('Enter the hours bought, up to 100000 with two decimals.', 100_000).refine((v) => Number(v) > 0, 'Enter the hours bought, more than 0.'),
  price: decimalText('Enter the price as an amount, e.g. 3600.00.', 1e9).default('0'),
  currency: z.enum(CURRENCIES, 'Choose a currency.').default('USD'),
  expiresOn: optionalDay,
  notes: text({ multiline: true }).max(2000).default(''),
});
const blockRules = <S extends z.ZodType<z.output<typeof hourBlockFields>>>(schema: S) =>
  schema.refine((b) => !b.expiresOn || b.expiresOn >= b.purchasedOn, { path: ['expiresOn'], message: 'The expiry date cannot be before the purchase date.' });
export const hourBlockSchema = blockRules(hourBlockFields);
export type HourBlockInput = z.infer<typeof hourBlockSchema>;
export const editHourBlockSchema = blockRules(hourBlockFields.extend({ id: recordId }));

export const RETAINER_KINDS = ['hours', 'money'] as const;
const optionalDecimal = (message: string, max: number) =>
  blankOr(decimalText(message, max).refine((v) => Number(v) > 0, message));

const retainerFields = z.object({
  companyId: z.uuid('Choose a company.'),
  name: text().min(1, 'Enter a name for the retainer.').max(200),
  startsOn: day('Enter the start date as YYYY-MM-DD.'),
  endsOn: optionalDay,
  /** "hours": monthlyHours a month; "money": monthlyAmount a month, used at hourlyRate per billable hour */
  kind: z.enum(RETAINER_KINDS, 'Choose hours or money.').default('hours'),
  monthlyHours: optionalDecimal('Enter the hours per month, more than 0 and up to 1000, with two decimals.', 1000),
  monthlyAmount: optionalDecimal('Enter the amount per month, more than 0, e.g. 1500.00.', 1e9),
  hourlyRate: optionalDecimal('Enter the hourly rate, more than 0, e.g. 125.00.', 1e6),
  currency: z.enum(CURRENCIES, 'Choose a currency.').default('USD'),
  rollover: checkbox,
});

/** Hours retainers need their hours, money retainers both their amount and rate; the other kind's fields are dropped. */
const retainerRules = <S extends z.ZodType<z.output<typeof retainerFields>>>(schema: S) =>
  schema
    .superRefine((r, ctx) => {
      const need = (path: 'monthlyHours' | 'monthlyAmount' | 'hourlyRate', message: string) => !r[path] && ctx.addIssue({ code: 'custom', path: [path], message });
      if (r.kind === 'hours') need('monthlyHours', 'Enter the hours per month, more than 0.');
      else {
        need('monthlyAmount', 'Enter the amount per month of a money retainer.');
        need('hourlyRate', 'Enter the hourly rate of a money retainer.');
      }
      if (r.endsOn && r.endsOn < r.startsOn) ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'The end date cannot be before the start date.' });
    })
    .transform((r) => ({
      ...r,
      monthlyHours: r.kind === 'hours' ? r.monthlyHours : null,
      monthlyAmount: r.kind === 'money' ? r.monthlyAmount : null,
      hourlyRate: r.kind === 'money' ? r.hourlyRate : null,
    }));

export const retainerSchema = retainerRules(retainerFields);
export type RetainerInput = z.infer<typeof retainerSchema>;
export const editRetainerSchema = retainerRules(retainerFields.extend({ id: recordId }));

const timeEntryFields = z.object({
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
    drawFrom: blankOr(z.string().regex(/^(block|retainer):[0-9a-f-]{36}$/i, 'Choose a block or retainer.')),
  });
const workerRule = <S extends z.ZodType<z.output<typeof timeEntryFields>>>(schema: S) =>
  schema.refine((e) => e.userId || e.workerName, { path: ['workerName'], message: 'Choose who did the work, or enter their name.' });
export const timeEntrySchema = workerRule(timeEntryFields);
export type TimeEntryInput = z.infer<typeof timeEntrySchema>;
export const editTimeEntrySchema = workerRule(timeEntryFields.extend({ id: recordId }));

export const hoursIdSchema = z.object({ id: recordId });
