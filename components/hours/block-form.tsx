'use client';
import { Field, SelectField, TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { editHourBlockSchema, hourBlockSchema } from '@/lib/hours/schemas';
import { CURRENCIES } from '@/lib/money';
import { FormShell, type Action } from './form-shell';

export type BlockDefaults = {
  companyId: string;
  name: string;
  purchasedOn: string;
  hours: string;
  price: string;
  currency: string;
  expiresOn: string;
  notes: string;
};

/** Add a block of hours, or (with `id`) change one; the same zod schema as the action, errors on each field. */
export function BlockForm({ action, defaults, id, label, submit }: { action: Action; defaults: BlockDefaults; id?: string; label: string; submit: string }) {
  const schema = id ? editHourBlockSchema : hourBlockSchema;
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(schema, action, { ...defaults, id } as never, (_s, f) => !id && f.reset());
  const r = form.register;
  const key = `block-${id ?? 'new'}`;
  return (
    <FormShell label={label} submit={submit} state={state} pending={pending} onSubmit={onSubmit}>
      <input type="hidden" {...r('companyId')} />
      {id && <input type="hidden" {...r('id' as never)} />}
      <Field id={`${key}-name`} label="Name" registration={r('name')} errors={errorsOf('name')} maxLength={200} />
      <Field id={`${key}-purchasedOn`} label="Purchased on" type="date" registration={r('purchasedOn')} errors={errorsOf('purchasedOn')} />
      <Field id={`${key}-hours`} label="Hours" inputMode="decimal" registration={r('hours')} errors={errorsOf('hours')} />
      <Field id={`${key}-price`} label="Price" inputMode="decimal" registration={r('price')} errors={errorsOf('price')} />
      <SelectField id={`${key}-currency`} label="Currency" registration={r('currency')} errors={errorsOf('currency')}>
        {CURRENCIES.map((c) => (
          <option key={c}>{c}</option>
        ))}
      </SelectField>
      <Field id={`${key}-expiresOn`} label="Expires on (optional)" type="date" registration={r('expiresOn')} errors={errorsOf('expiresOn')} />
      <TextareaField id={`${key}-notes`} label="Notes" registration={r('notes')} errors={errorsOf('notes')} maxLength={2000} />
    </FormShell>
  );
}
