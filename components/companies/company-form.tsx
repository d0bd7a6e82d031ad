'use client';
import { CompanyPicker } from '@/components/admin/pickers';
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { companySchema } from '@/lib/companies/schemas';

type Option = { id: string; name: string };
export type CompanyDefaults = {
  name: string;
  email: string;
  parentCompanyId: string;
  primaryContactId: string;
  billingContactId: string;
  portalEnabled: boolean;
  knowledgeBaseEnabled: boolean;
  twoFactorRequired: boolean;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: CompanyDefaults;
  companyId?: string;
  /** the current parent company, shown in its combobox */
  parent: Option | null;
  people: Option[];
  readOnly?: boolean;
};

export function CompanyForm({ action, defaults, companyId, parent, people, readOnly }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(companySchema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Company">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {companyId && <input type="hidden" name="companyId" value={companyId} />}
      <fieldset disabled={readOnly} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Company name" registration={form.register('name')} errors={errorsOf('name')} />
          <Field label="Email" type="email" registration={form.register('email')} errors={errorsOf('email')} hint="Pre-fills Company email when adding portal users." />
          <CompanyPicker
            label="Parent company"
            name="parentCompanyId"
            initial={parent}
            onChosen={(item) => form.setValue('parentCompanyId', item?.id ?? '', { shouldValidate: form.formState.isSubmitted })}
            errors={errorsOf('parentCompanyId')}
            hint="Leave empty for none."
            disabled={readOnly}
          />
          <div />
          {companyId ? (
            <>
              <SelectField label="Primary contact" registration={form.register('primaryContactId')} errors={errorsOf('primaryContactId')}>
                <option value="">None</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
              <SelectField label="Billing contact" registration={form.register('billingContactId')} errors={errorsOf('billingContactId')}>
                <option value="">None</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </SelectField>
            </>
          ) : (
            <p className="text-sm text-zinc-500 sm:col-span-2">Primary and billing contacts can be chosen once the company has contacts.</p>
          )}
        </div>
        <div className="space-y-3">
          <CheckboxField label="Portal enabled" registration={form.register('portalEnabled')} hint="Portal users of this company may sign in." />
          <CheckboxField label="Knowledge base enabled" registration={form.register('knowledgeBaseEnabled')} hint="Portal users see public articles and this company's articles." />
          <CheckboxField label="Require two-factor authentication" registration={form.register('twoFactorRequired')} hint="Portal users of this company must set up an authenticator app." />
        </div>
      </fieldset>
      {!readOnly && (
        <SaveButton pending={pending} />
      )}
    </form>
  );
}
