'use client';
import { useRef, useState } from 'react';
import { Field, SelectField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { LevelPicker } from '@/components/security-levels/level-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Combobox, type ComboboxItem } from '@/components/ui/combobox';
import type { CompanyChoice, CompanyChoiceDetail } from '@/lib/companies/search';
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
 * Add / Edit Portal User. **Company** is searched as you type (never shipped with the page). When adding: the
 * company's e-mail pre-fills **Company email**, the logon name
 * follows the e-mail, an existing contact's name is filled in, and the level defaults to Manager for the company's primary or billing contact,
 * Basic otherwise — each until the user edits that field.
 */
export function PortalUserForm({ options, action, defaults, contactId, readOnly, onSaved, onCancel, labels = PORTAL_USER_LABELS, lockEmail }: Props) {
  const adding = !contactId;
  const basic = options.levels.find((l) => l.key === 'basic')?.id ?? '';
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(
    portalUserSchema,
    action,
    defaults ?? { ...empty, securityLevelId: basic, companyId: options.company?.id ?? '' },
    (s) => onSaved?.(s.success ?? ''),
  );
  const [edited, setEdited] = useState({ logonName: !adding, securityLevelId: !adding });
  const [chosen, setChosen] = useState<ComboboxItem | null>(options.company);
  const [company, setCompany] = useState<{ choice: CompanyChoice; withoutAccess: CompanyChoiceDetail['contactsWithoutAccess'] } | null>(null);
  const lookup = useRef<AbortController | null>(null);

  function followEmail(email: string, current = company) {
    if (!edited.logonName) form.setValue('logonName', email);
    const known = current?.withoutAccess.find((c) => c.email === email.toLowerCase());
    if (known && !form.getValues('firstName') && !form.getValues('lastName')) {
      form.setValue('firstName', known.firstName);
      form.setValue('lastName', known.lastName);
    }
    if (!edited.securityLevelId) {
      const choice = current?.choice;
      const key = email && choice && [choice.primaryEmail, choice.billingEmail].includes(email.toLowerCase()) ? 'manager' : 'basic';
      form.setValue('securityLevelId', options.levels.find((l) => l.key === key)?.id ?? basic);
    }
  }

  /** The company's e-mail and its contacts without a login come with the choice (asked for that one company). */
  async function chooseCompany(choice: CompanyChoice | null) {
    setChosen(choice);
    form.setValue('companyId', choice?.id ?? '', { shouldValidate: form.formState.isSubmitted });
    lookup.current?.abort();
    if (!adding) return;
    const next = choice && { choice, withoutAccess: [] };
    setCompany(next);
    form.setValue('email', choice?.email ?? '');
    followEmail(choice?.email ?? '', next);
    if (!choice) return;
    lookup.current = new AbortController();
    const reply = await fetch(`${options.companySearchUrl}?${new URLSearchParams({ id: choice.id })}`, { signal: lookup.current.signal }).catch(() => null);
    if (!reply?.ok) return;
    const detail = (await reply.json()) as CompanyChoiceDetail;
    const withDetail = { choice, withoutAccess: detail.contactsWithoutAccess };
    setCompany(withDetail);
    followEmail(form.getValues('email'), withDetail);
  }

  const email = form.register('email', { onChange: (e) => adding && followEmail(e.target.value) });
  const logonName = form.register('logonName', { onChange: () => setEdited((e) => ({ ...e, logonName: true })) });
  const level = form.register('securityLevelId', { onChange: () => setEdited((e) => ({ ...e, securityLevelId: true })) });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={adding ? labels.addForm : labels.editForm}>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {!adding && state.success && <Alert tone="success">{state.success}</Alert>}
      {contactId && <input type="hidden" name="contactId" value={contactId} />}
      <fieldset disabled={readOnly} className="grid gap-4 sm:grid-cols-2">
        <Combobox<CompanyChoice>
          label={labels.company}
          name="companyId"
          searchUrl={options.companySearchUrl}
          value={chosen}
          onChange={chooseCompany}
          placeholder={labels.chooseCompany}
          noMatches={labels.noMatches}
          errors={errorsOf('companyId')}
          disabled={readOnly}
        />
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
