import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { passwordChangeSchema, twoFactorCodeSchema } from '@/lib/account/schemas';
import { setPasswordSchema } from '@/lib/auth/password-policy';
import { clientSignInSchema, requestLinkSchema } from '@/lib/auth/schemas';
import { companySchema, contactSchema } from '@/lib/companies/schemas';
import { CONTROL_CHARACTERS, text } from '@/lib/forms';
import { translateError } from '@/lib/i18n/errors';
import { customCodeSchema } from '@/lib/organization/schemas';
import { dashboardsSchema } from '@/lib/portal/dashboards';
import { listParamsSchema, logonNameSchema, portalUserSchema } from '@/lib/portal-users/schemas';
import { postSchema, projectSchema } from '@/lib/projects/schemas';
import { serviceRequestSchema, staffTicketNoteSchema, ticketSchema } from '@/lib/tickets/schemas';

const errorsOf = (schema: z.ZodType, input: Record<string, unknown>, field: string) => {
  const result = schema.safeParse(input);
  return result.success ? [] : ((z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>)[field] ?? []);
};

describe('text()', () => {
  it('refuses NUL and the other control characters, after trimming', () => {
    const single = text();
    for (const bad of ['a\u0000b', '\u0000', 'a\tb', 'a\nb', 'a\u001bb', 'a\u007fb']) expect(single.safeParse(bad).error?.issues[0].message).toBe(CONTROL_CHARACTERS);
    expect(single.parse('  Cool Air \n')).toBe('Cool Air');
    expect(single.parse('Café 😀 – ok')).toBe('Café 😀 – ok');
  });

  it('keeps tab, newline and carriage return in multi-line text, and untrimmed text as it is', () => {
    expect(text({ multiline: true }).parse('line 1\r\n\tline 2')).toBe('line 1\r\n\tline 2');
    expect(text({ multiline: true }).safeParse('line 1\n\u0000').success).toBe(false);
    expect(text({ trim: false }).parse(' secret ')).toBe(' secret ');
    expect(text({ trim: false }).safeParse(' sec\u0000ret ').success).toBe(false);
  });

  it('has its French', () => {
    expect(translateError(CONTROL_CHARACTERS, 'fr')).toBe('Supprimez les caractères de contrôle invisibles de ce texte.');
  });
});

const uuid = '00000000-0000-4000-8000-000000000001';

// One representative text field of each schema file: valid as given, refused with the message once it holds a NUL.
describe.each([
  ['companies: company name', companySchema, { name: 'Cool Air', email: '' }, 'name'],
  ['companies: contact first name', contactSchema, { firstName: 'Ann', lastName: '', email: 'a@b.co' }, 'firstName'],
  ['projects: project description', projectSchema, { companyId: uuid, name: 'P', description: 'Two\nlines', status: 'active' }, 'description'],
  ['projects: post body', postSchema, { projectId: uuid, kind: 'update', body: 'Hello' }, 'body'],
  ['tickets: ticket title', ticketSchema, { companyId: uuid, title: 'Leak', status: 'new', priority: 'low' }, 'title'],
  ['tickets: staff note', staffTicketNoteSchema, { ticketId: uuid, body: 'Note\n\tindented' }, 'body'],
  ['tickets: service request description', serviceRequestSchema, { title: 'Leak', description: 'Water' }, 'description'],
  ['auth: sign-in logon', clientSignInSchema, { logon: 'franco', password: 'pw' }, 'logon'],
  ['auth: sign-in password', clientSignInSchema, { logon: 'franco', password: 'pw' }, 'password'],
  ['auth: request link', requestLinkSchema, { logon: 'franco' }, 'logon'],
  ['password policy: set password', setPasswordSchema(), { token: 't', password: 'a-long-passphrase', confirm: 'a-long-passphrase' }, 'password'],
  ['account: old password', passwordChangeSchema, { oldPassword: 'old', password: 'a-long-passphrase', confirm: 'a-long-passphrase' }, 'oldPassword'],
  ['account: two-factor code', twoFactorCodeSchema, { code: '123456' }, 'code'],
  ['portal users: first name', portalUserSchema, { companyId: uuid, email: 'a@b.co', firstName: 'Ann', lastName: '', logonName: 'ann1', securityLevelId: uuid, language: 'en', dateFormat: 'yyyy-MM-dd', timeFormat: 'HH:mm', numberFormat: '1,234.56' }, 'firstName'],
  ['organization: custom CSS', customCodeSchema, { customCss: 'a {\n\tcolor: red;\n}', customJs: '' }, 'customCss'],
  ['dashboards', dashboardsSchema, { dashboards: 'overview,tickets' }, 'dashboards'],
] as const)('%s', (_name, schema, valid, field) => {
  it('accepts the valid value', () => {
    expect(errorsOf(schema, valid, field)).toEqual([]);
  });

  it('refuses a NUL with the message', () => {
    const value = (valid as Record<string, string>)[field];
    expect(errorsOf(schema, { ...valid, [field]: `${value.slice(0, 1)}\u0000${value.slice(1)}` }, field)).toContain(CONTROL_CHARACTERS);
  });
});

describe('other text fields', () => {
  it('logon names refuse a NUL with the message', () => {
    expect(logonNameSchema.safeParse('ann\u0000x').error?.issues.map((i) => i.message)).toContain(CONTROL_CHARACTERS);
  });

  it('a list search holding a NUL falls back to no search', () => {
    expect(listParamsSchema.parse({ q: 'air\u0000' }).q).toBe('');
    expect(listParamsSchema.parse({ q: ' air ' }).q).toBe('air');
  });
});
