'use client';
import { useState } from 'react';
import { Field, NamedOptions, SelectField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { LevelPicker } from '@/components/security-levels/level-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { PORTAL_USER_LABELS, type PortalUserLabels } from './labels';
import type { PortalUserFormOptions } from '@/lib/portal-users/queries';
import { DATE_FORMATS, LANGUAGES, NUMBER_FORMATS, portalUserSchema, TIME_FORMATS, type PortalUserInput } from '@/lib/portal-users/schemas';

type Props = {
  options: PortalUserFormOptions;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults?: PortalUserInput;
  contactId?: string;
  readOnly?: boolean;
  onSaved?: (message: string) => void;
  onCancel?: () => void;
  /** the words (staff's English by default; translated in the portal's Portal Admin › Logins) */
  labels?: PortalUserLabels;
  /** a client Manager cannot change a login's e-mail: only the provider can */
  lockEmail?: boolean;
};

const empty: PortalUserInput = {
  companyId: '',
  email: '',
  firstName: '',
  lastName: '',
  logonName: '',
  securityLevelId: '',
  language: 'en',
  dateFormat: 'yyyy-MM-dd',
  timeFormat: 'HH:mm',
  numberFormat: '1,234.56',
};

/**
 * Add / Edit Portal User. When adding: the company's e-mail pre-fills **Company email**, the logon name
 * follows the e-mail, an existing contact's name is filled in, and the level defaults to Manager for the company's primary or billing contact,
 * Basic otherwise — each until the user edits that field.
 */
export function PortalUserForm({ options, action, defaults, contactId, readOnly, onSaved, onCancel, labels = PORTAL_USER_LABELS, lockEmail }: Props) {
  const adding = !contactId;
  const basic = options.levels.find((l) => l.key === 'basic')?.id ?? '';
  // a client Manager of one company (or a tenant with one) has nothing to choose
  const onlyCompany = options.companies.length === 1 ? options.companies[0].id : '';
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(portalUserSchema, action, defaults ?? { ...empty, securityLevelId: basic, companyId: onlyCompany }, (s) =>
    onSaved?.(s.success ?? ''),
  );
  const [edited, setEdited] = useState({ logonName: !adding, securityLevelId: !adding });

  function followEmail(email: string, companyId = form.getValues('companyId')) {
    if (!edited.logonName) form.setValue('logonName', email);
    const known = options.contactsWithoutAccess.find((c) => c.email === email.toLowerCase() && c.companyId === companyId);
    if (known && !form.getValues('firstName') && !form.getValues('lastName')) {
      form.setValue('firstName', known.firstName);
      form.setValue('lastName', known.lastName);
    }
    if (!edited.securityLevelId) {
      const company = options.companies.find((c) => c.id === companyId);
      const key = email && company && [company.primaryEmail, company.billingEmail].includes(email.toLowerCase()) ? 'manager' : 'basic';
      form.setValue('securityLevelId', options.levels.find((l) => l.key === key)?.id ?? basic);
    }
  }

  const company = form.register('companyId', {
    onChange: (e) => {
      if (!adding) return;
      const chosen = options.companies.find((c) => c.id === e.target.value);
      form.setValue('email', chosen?.email ?? '');
      followEmail(chosen?.email ?? '', e.target.value);
    },
  });
  const email = form.register('email', { onChange: (e) => adding && followEmail(e.target.value) });
  const logonName = form.register('logonName', { onChange: () => setEdited((e) => ({ ...e, logonName: true })) });
  const level = form.register('securityLevelId', { onChange: () => setEdited((e) => ({ ...e, securityLevelId: true })) });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={adding ? labels.addForm : labels.editForm}>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {!adding && state.success && <Alert tone="success">{state.success}</Alert>}
      {contactId && <input type="hidden" name="contactId" value={contactId} />}
      <fieldset disabled={readOnly} className="grid gap-4 sm:grid-cols-2">
        <SelectField label={labels.company} registration={company} errors={errorsOf('companyId')}>
          <NamedOptions items={options.companies} empty={labels.chooseCompany} />
        </SelectField>
        <Field
          label={labels.companyEmail}
          type="email"
          readOnly={lockEmail && !adding}
          registration={email}
          errors={errorsOf('email')}
          hint={labels.companyEmailHint}
        />
        <Field label={labels.firstName} registration={form.register('firstName')} errors={errorsOf('firstName')} />
        <Field label={labels.lastName} registration={form.register('lastName')} errors={errorsOf('lastName')} />
        <Field label={labels.logonName} registration={logonName} errors={errorsOf('logonName')} hint={labels.logonNameHint} />
        <div className="sm:col-span-2">
          <LevelPicker
            levels={options.levels}
            registration={level}
            value={form.watch('securityLevelId')}
            errors={errorsOf('securityLevelId')}
            text={labels.picker}
          />
        </div>
        <SelectField label={labels.language} registration={form.register('language')} errors={errorsOf('language')}>
          {LANGUAGES.map((l) => (
            <option key={l.value} value={l.value}>
              {l.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={labels.dateFormat} registration={form.register('dateFormat')} errors={errorsOf('dateFormat')}>
          {DATE_FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </SelectField>
        <SelectField label={labels.timeFormat} registration={form.register('timeFormat')} errors={errorsOf('timeFormat')}>
          {TIME_FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </SelectField>
        <SelectField label={labels.numberFormat} registration={form.register('numberFormat')} errors={errorsOf('numberFormat')}>
          {NUMBER_FORMATS.map((f) => (
            <option key={f}>{f}</option>
          ))}
        </SelectField>
      </fieldset>
      {!readOnly && (
        <div className="flex justify-end gap-3">
          {onCancel && (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {labels.cancel}
            </Button>
          )}
          <Button type="submit" disabled={pending}>
            {pending ? labels.saving : labels.save}
          </Button>
        </div>
      )}
    </form>
  );
}
