import { z } from 'zod';
import { text } from '@/lib/forms';
import { listParamsSchema as pagingSchema } from '@/lib/paging';
import { SORT_KEYS } from './list';

export { LIST_DEFAULTS, SORT_KEYS, type ListParams, type SortKey } from './list';

export const LOGON_CHARACTERS = "letters a–z and A–Z, digits, @, . and ! # $ % & ' * + - / = ? ^ _ ` { | } ~";

/** Logon name rules of SPEC section 2; each broken rule has its own message. */
export const logonNameSchema = text()
  .min(4, 'Logon name must be at least 4 characters.')
  .max(200, 'Logon name must be at most 200 characters.')
  .regex(/^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~@.]*$/, `Logon name may only contain ${LOGON_CHARACTERS}.`)
  .refine((v) => !v.startsWith('.'), 'Logon name cannot start with a period.')
  .refine((v) => !v.endsWith('.'), 'Logon name cannot end with a period.')
  .refine((v) => !v.includes('..'), 'Logon name cannot contain two periods in a row.');

export const LANGUAGES = [
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'Français' },
] as const;
export const DATE_FORMATS = ['yyyy-MM-dd', 'MM/dd/yyyy', 'dd/MM/yyyy', 'dd.MM.yyyy'] as const;
export const TIME_FORMATS = ['HH:mm', 'h:mm a'] as const;
export const NUMBER_FORMATS = ['1,234.56', '1.234,56', '1 234,56'] as const;

export const portalUserSchema = z.object({
  companyId: z.uuid('Choose a company.'),
  email: text()
    .min(1, 'Enter an e-mail address.')
    .pipe(z.email('Enter a valid e-mail address.'))
    .pipe(z.string().max(254, 'E-mail must be at most 254 characters.')),
  firstName: text().min(1, 'Enter a first name.').max(100, 'First name must be at most 100 characters.'),
  lastName: text().max(100, 'Last name must be at most 100 characters.'),
  logonName: logonNameSchema,
  securityLevelId: z.uuid('Choose a security level.'),
  language: z.enum(LANGUAGES.map((l) => l.value) as ['en', 'fr'], 'Choose a language.'),
  dateFormat: z.enum(DATE_FORMATS, 'Choose a date format.'),
  timeFormat: z.enum(TIME_FORMATS, 'Choose a time format.'),
  numberFormat: z.enum(NUMBER_FORMATS, 'Choose a number format.'),
});
export type PortalUserInput = z.infer<typeof portalUserSchema>;

/** What the Edit Portal User form starts from: the portal user as saved. */
export function portalUserDefaults(contact: {
  companyId: string;
  email: string;
  firstName: string;
  lastName: string;
  logonName: string | null;
  securityLevelId: string | null;
  language: string;
  dateFormat: string;
  timeFormat: string;
  numberFormat: string;
}): PortalUserInput {
  const { companyId, email, firstName, lastName, language, dateFormat, timeFormat, numberFormat } = contact;
  return {
    companyId,
    email,
    firstName,
    lastName,
    logonName: contact.logonName ?? '',
    securityLevelId: contact.securityLevelId ?? '',
    language,
    dateFormat,
    timeFormat,
    numberFormat,
  } as PortalUserInput;
}

export const editPortalUserSchema = portalUserSchema.extend({ contactId: z.uuid() });

export const contactIdSchema = z.object({ contactId: z.uuid() });

export const setActiveSchema = z.object({ contactId: z.uuid(), active: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const deletePortalUsersSchema = z.object({
  ids: text()
    .transform((s) => s.split(',').filter(Boolean))
    .pipe(z.array(z.uuid()).min(1, 'Tick at least one portal user.').max(100)),
});

/** The list's state in the URL; anything unexpected falls back to the default. */
export const listParamsSchema = pagingSchema(SORT_KEYS, { sort: 'company' });
