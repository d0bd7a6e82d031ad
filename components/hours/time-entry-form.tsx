'use client';
import { CheckboxField, Field, SelectField, TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { editTimeEntrySchema, timeEntrySchema } from '@/lib/hours/schemas';
import { FormShell, type Action } from './form-shell';

export type TimeEntryDefaults = {
  companyId: string;
  workedOn: string;
  hours: string;
  userId: string;
  workerName: string;
  drawFrom: string;
  ticketId: string;
  projectId: string;
  description: string;
  billable: boolean;
};
export type TimeEntryChoices = {
  staff: { id: string; name: string }[];
  sources: { value: string; name: string }[];
  tickets: { id: string; name: string }[];
  projects: { id: string; name: string }[];
};

/** Log time, or (with `id`) change an entry; the same zod schema as the action, errors on each field. */
export function TimeEntryForm({
  action,
  defaults,
  choices,
  id,
  label,
  submit,
}: {
  action: Action;
  defaults: TimeEntryDefaults;
  choices: TimeEntryChoices;
  id?: string;
  label: string;
  submit: string;
}) {
  const schema = id ? editTimeEntrySchema : timeEntrySchema;
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(schema, action, { ...defaults, id } as never, (_s, f) => !id && f.reset());
  const r = form.register;
  const key = `entry-${id ?? 'new'}`;
  const options = (items: { id: string; name: string }[], empty: string) => [
    <option key="" value="">
      {empty}
    </option>,
    ...items.map((i) => (
      <option key={i.id} value={i.id}>
        {i.name}
      </option>
    )),
  ];
  return (
    <FormShell label={label} submit={submit} state={state} pending={pending} onSubmit={onSubmit}>
      <input type="hidden" {...r('companyId')} />
      {id && <input type="hidden" {...r('id' as never)} />}
      <Field id={`${key}-workedOn`} label="Date" type="date" registration={r('workedOn')} errors={errorsOf('workedOn')} />
      <Field id={`${key}-hours`} label="Hours" inputMode="decimal" registration={r('hours')} errors={errorsOf('hours')} />
      <SelectField id={`${key}-userId`} label="Who (staff member)" registration={r('userId')} errors={errorsOf('userId')}>
        {options(choices.staff, 'Someone else (name below)')}
      </SelectField>
      <Field id={`${key}-workerName`} label="Or their name" registration={r('workerName')} errors={errorsOf('workerName')} maxLength={200} />
      <SelectField id={`${key}-drawFrom`} label="Drawn from" registration={r('drawFrom')} errors={errorsOf('drawFrom')}>
        {options(
          choices.sources.map((s) => ({ id: s.value, name: s.name })),
          'Neither',
        )}
      </SelectField>
      <SelectField id={`${key}-ticketId`} label="Ticket (optional)" registration={r('ticketId')} errors={errorsOf('ticketId')}>
        {options(choices.tickets, 'None')}
      </SelectField>
      <SelectField id={`${key}-projectId`} label="Project (optional)" registration={r('projectId')} errors={errorsOf('projectId')}>
        {options(choices.projects, 'None')}
      </SelectField>
      <TextareaField id={`${key}-description`} label="Description" registration={r('description')} errors={errorsOf('description')} maxLength={2000} />
      <CheckboxField id={`${key}-billable`} label="Billable" registration={r('billable')} />
    </FormShell>
  );
}
