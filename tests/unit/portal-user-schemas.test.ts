import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setPasswordSchema } from '@/lib/auth/password-policy';
import { companySchema } from '@/lib/companies/schemas';
import { deletePortalUsersSchema, listParamsSchema, logonNameSchema, portalUserSchema } from '@/lib/portal-users/schemas';

const messages = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe('logon name rules', () => {
  it.each(['abcd', 'nataliya@coolair.com', "a!#$%&'*+-/=?^_`{|}~b", 'first.last', 'A1.b2.C3', 'x'.repeat(200)])('accepts %s', (name) => {
    expect(messages(logonNameSchema, name)).toEqual([]);
  });

  it.each([
    ['abc', ['Logon name must be at least 4 characters.']],
    ['x'.repeat(201), ['Logon name must be at most 200 characters.']],
    ['has space', ['Logon name may only contain letters a–z and A–Z, digits, @, . and ! # $ % & \' * + - / = ? ^ _ ` { | } ~.']],
    ['brackets()', [expect.stringContaining('may only contain')]],
    ['ünïcode', [expect.stringContaining('may only contain')]],
    ['.start', ['Logon name cannot start with a period.']],
    ['end.', ['Logon name cannot end with a period.']],
    ['two..dots', ['Logon name cannot contain two periods in a row.']],
    ['.a.', ['Logon name must be at least 4 characters.', 'Logon name cannot start with a period.', 'Logon name cannot end with a period.']],
  ])('refuses %s with its own message for each broken rule', (name, expected) => {
    expect(messages(logonNameSchema, name)).toEqual(expected);
  });
});

describe('portal user form', () => {
  const valid = {
    companyId: '00000000-0000-4000-8000-000000000001',
    email: 'a@b.co',
    firstName: 'A',
    lastName: '',
    logonName: 'a@b.co',
    securityLevelId: '00000000-0000-4000-8000-000000000002',
    language: 'en',
    dateFormat: 'yyyy-MM-dd',
    timeFormat: 'HH:mm',
    numberFormat: '1,234.56',
  };

  it('accepts a complete form and trims text', () => {
    expect(portalUserSchema.parse({ ...valid, firstName: '  Ann ' }).firstName).toBe('Ann');
  });

  it.each([
    ['email', 'not-an-email', 'Enter a valid e-mail address.'],
    ['email', '', 'Enter an e-mail address.'],
    ['firstName', ' ', 'Enter a first name.'],
    ['companyId', '', 'Choose a company.'],
    ['securityLevelId', 'basic', 'Choose a security level.'],
    ['language', 'xx', 'Choose a language.'],
    ['dateFormat', 'dd-MMM', 'Choose a date format.'],
  ])('refuses a bad %s (%s)', (field, value, message) => {
    expect(messages(portalUserSchema, { ...valid, [field]: value })).toContain(message);
  });
});

describe('list parameters from the URL', () => {
  it('fall back to defaults for anything unexpected', () => {
    expect(listParamsSchema.parse({ sort: 'password', dir: 'sideways', size: '7', page: '-3' })).toEqual({ sort: 'company', dir: 'asc', q: '', size: 10, page: 1 });
    expect(listParamsSchema.parse({ sort: 'email', dir: 'desc', q: ' coo ', size: '50', page: '4' })).toEqual({ sort: 'email', dir: 'desc', q: 'coo', size: 50, page: 4 });
  });
});

describe('other forms', () => {
  it('bulk delete needs at least one valid id', () => {
    expect(messages(deletePortalUsersSchema, { ids: '' })).toEqual(['Tick at least one portal user.']);
    expect(messages(deletePortalUsersSchema, { ids: 'x,y' }).length).toBeGreaterThan(0);
  });

  it('company checkboxes read FormData and form values alike', () => {
    const parsed = companySchema.parse({ name: 'X', email: '', portalEnabled: 'on', knowledgeBaseEnabled: false });
    expect(parsed).toMatchObject({ email: null, portalEnabled: true, knowledgeBaseEnabled: false, twoFactorRequired: false, parentCompanyId: null });
    expect(messages(companySchema, { name: 'X', email: 'nope' })).toEqual(['Enter a valid e-mail address.']);
  });

  it('set password enforces the policy and a matching confirmation', () => {
    const schema = setPasswordSchema({ logonName: 'maria.lopez', email: 'maria@abm.com' });
    expect(messages(schema, { token: 't', password: 'short', confirm: 'short' })).toEqual(['Password must be at least 10 characters.']);
    expect(messages(schema, { token: 't', password: 'password123', confirm: 'password123' })).toEqual(['This password is too common. Choose one that is harder to guess.']);
    expect(messages(schema, { token: 't', password: 'Maria@ABM.com', confirm: 'Maria@ABM.com' })).toEqual(['Password cannot be your logon name or e-mail address.']);
    expect(messages(schema, { token: 't', password: 'a-long-passphrase', confirm: 'a-long-passphrasE' })).toEqual(['The passwords do not match.']);
    expect(messages(schema, { token: 't', password: 'a-long-passphrase', confirm: 'a-long-passphrase' })).toEqual([]);
  });
});
