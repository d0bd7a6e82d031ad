import { z } from 'zod';
import { MINIMUM_LEVELS } from '@/lib/db/schema';
import { blankOr, checkbox, text } from '@/lib/forms';

/** Documentation on file (staff): one form per kind, and the discriminated union the save action parses. */

export const MINIMUM_LEVEL_LABELS = { basic: 'Basic', advanced: 'Advanced', manager: 'Manager' } as const;
export const KIND_LABELS = { credential: 'Credentials', warranty: 'Warranties', license: 'Software Licenses' } as const;
export const KIND_SINGULAR = { credential: 'credential', warranty: 'warranty', license: 'software license' } as const;

const SEATS = 'Enter the seats as a whole number, 0 or more.';
export const SECRET_TWICE = 'Either enter a new one or clear the stored one, not both.';

const date = (message: string) => z.iso.date(message);
const optionalDate = blankOr(date('Enter a date as YYYY-MM-DD.'));
const line = (max: number) => text().max(max, `At most ${max} characters.`).default('');
const notes = text({ multiline: true }).max(5000, 'At most 5,000 characters.').default('');
/** A password or license key exactly as typed (spaces kept); empty on edit means "keep the stored one". */
const secret = text({ trim: false }).max(1000, 'At most 1,000 characters.').default('');

const common = {
  recordId: blankOr(z.uuid('That record was not found.')),
  companyId: z.uuid('That company was not found.'),
  showOnPortal: checkbox,
  minimumLevel: z.enum(MINIMUM_LEVELS, 'Choose Basic, Advanced or Manager.').default('basic'),
};

const secretNotTwice = (r: { secret: string; clearSecret: boolean }) => !(r.clearSecret && r.secret !== '');

export const credentialSchema = z
  .object({
    ...common,
    kind: z.literal('credential'),
    name: text().min(1, 'Enter a name.').max(200, 'At most 200 characters.'),
    system: line(500),
    username: line(200),
    password: secret,
    clearPassword: checkbox,
    notes,
  })
  .refine((r) => secretNotTwice({ secret: r.password, clearSecret: r.clearPassword }), { path: ['password'], message: SECRET_TWICE });

export const warrantySchema = z
  .object({
    ...common,
    kind: z.literal('warranty'),
    name: text().min(1, 'Enter the asset.').max(200, 'At most 200 characters.'),
    serialNumber: line(200),
    vendor: line(200),
    startsOn: optionalDate,
    endsOn: date('Enter the end date.'),
    notes,
  })
  .refine((r) => !r.startsOn || r.startsOn <= r.endsOn, { path: ['endsOn'], message: 'The end date cannot be before the start date.' });

export const licenseSchema = z
  .object({
    ...common,
    kind: z.literal('license'),
    name: text().min(1, 'Enter the product.').max(200, 'At most 200 characters.'),
    licenseKey: secret,
    clearLicenseKey: checkbox,
    seats: blankOr(z.coerce.number(SEATS).int(SEATS).min(0, SEATS).max(1_000_000, 'At most 1,000,000 seats.')),
    assignedTo: line(200),
    startsOn: optionalDate,
    endsOn: optionalDate,
    notes,
  })
  .refine((r) => !r.startsOn || !r.endsOn || r.startsOn <= r.endsOn, { path: ['endsOn'], message: 'The expiry date cannot be before the start date.' })
  .refine((r) => secretNotTwice({ secret: r.licenseKey, clearSecret: r.clearLicenseKey }), { path: ['licenseKey'], message: SECRET_TWICE });

export const documentationRecordSchema = z.discriminatedUnion('kind', [credentialSchema, warrantySchema, licenseSchema], {
  error: 'Choose Credentials, Warranties or Software Licenses.',
});
export type DocumentationInput = z.output<typeof documentationRecordSchema>;

export const recordIdSchema = z.object({ recordId: z.uuid('That record was not found.') });

export const showOnPortalSchema = z.object({
  id: z.uuid('That record was not found.'),
  shared: z.enum(['true', 'false']).transform((v) => v === 'true'),
});
