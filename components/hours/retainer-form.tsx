'use client';
import { CheckboxField, Field, SelectField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { editRetainerSchema, retainerSchema } from '@/lib/hours/schemas';
import { CURRENCIES } from '@/lib/money';
import { FormShell, type Action } from './form-shell';

export type RetainerDefaults = {
  companyId: string;
  name: string;
  kind: 'hours' | 'money';
  monthlyHours: string;
  monthlyAmount: string;
  hourlyRate: string;
  currency: string;
  startsOn: string;
  endsOn: string;
  rollover: boolean;
};

/** Add a retainer, or (with `id`) change one: hours a month, or money a month used at an hourly rate. */
export function RetainerForm({ action, defaults, id, label, submit }: { action: Action; defaults: RetainerDefaults; id?: string; label: string; submit: string }) {
  const schema = id ? editRetainerSchema : retainerSchema;
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(schema, action, { ...defaults, id } as never, (_s, f) => !id && f.reset());
  const r = form.register;
  const money = form.watch('kind') === 'money';
  const key = `retainer-${id ?? 'new'}`;
  return (
    <FormShell label={label} submit={submit} state={state} pending={pending} onSubmit={onSubmit}>
      <input type="hidden" {...r('companyId')} />
      {id && <input type="hidden" {...r('id' as never)} />}
      <Field id={`${key}-name`} label="Name" registration={r('name')} errors={errorsOf('name')} maxLength={200} />
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium text-zinc-800">Counted in</legend>
        <label className="mr-4 inline-flex items-center gap-2">
          <input type="radio" value="hours" {...r('kind')} /> Hours
        </label>
        <label className="inline-flex items-center gap-2">
          <input type="radio" value="money" {...r('kind')} /> Money
        </label>
      </fieldset>
      {money ? (
        <>
          <Field id={`${key}-monthlyAmount`} label="Amount per month" inputMode="decimal" registration={r('monthlyAmount')} errors={errorsOf('monthlyAmount')} />
          <Field id={`${key}-hourlyRate`} label="Hourly rate" inputMode="decimal" registration={r('hourlyRate')} errors={errorsOf('hourlyRate')} />
          <SelectField id={`${key}-currency`} label="Currency" registration={r('currency')} errors={errorsOf('currency')}>
            {CURRENCIES.map((c) => (
              <option key={c}>{c}</option>
            ))}
          </SelectField>
        </>
      ) : (
        <Field id={`${key}-monthlyHours`} label="Hours per month" inputMode="decimal" registration={r('monthlyHours')} errors={errorsOf('monthlyHours')} />
      )}
      <Field id={`${key}-startsOn`} label="Starts on" type="date" registration={r('startsOn')} errors={errorsOf('startsOn')} />
      <Field id={`${key}-endsOn`} label="Ends on (optional)" type="date" registration={r('endsOn')} errors={errorsOf('endsOn')} />
      <CheckboxField id={`${key}-rollover`} label="Roll unused hours or money over to the next month" registration={r('rollover')} />
    </FormShell>
  );
}
