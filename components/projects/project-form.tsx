'use client';
import { CompanyPicker } from '@/components/admin/pickers';
import { Field, LabelledOptions, SelectField, TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { PROJECT_STATUSES, projectSchema } from '@/lib/projects/schemas';
import { PROJECT_STATUS_LABELS } from '@/lib/tickets/labels';

export type ProjectDefaults = {
  companyId: string;
  name: string;
  description: string;
  status: (typeof PROJECT_STATUSES)[number];
  startDate: string;
  dueDate: string;
  estimatedHours: string;
  charges: string;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** the project's company, shown in its combobox (null on a new project) */
  company: { id: string; name: string } | null;
  defaults: ProjectDefaults;
  projectId?: string;
};

export function ProjectForm({ action, company, defaults, projectId }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(projectSchema, action, defaults as never);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Project details">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {projectId && <input type="hidden" name="projectId" value={projectId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Project name" registration={form.register('name')} errors={errorsOf('name')} />
        <CompanyPicker
          label="Company"
          name="companyId"
          initial={company}
          onChosen={(item) => form.setValue('companyId', item?.id ?? '', { shouldValidate: form.formState.isSubmitted })}
          errors={errorsOf('companyId')}
          hint={projectId ? 'Changing the company removes the members.' : undefined}
        />
        <div className="sm:col-span-2">
          <TextareaField label="Description" registration={form.register('description')} errors={errorsOf('description')} />
        </div>
        <SelectField label="Status" registration={form.register('status')} errors={errorsOf('status')}>
          <LabelledOptions values={PROJECT_STATUSES} labels={PROJECT_STATUS_LABELS} />
        </SelectField>
        <div />
        <Field label="Start date" type="date" registration={form.register('startDate')} errors={errorsOf('startDate')} />
        <Field label="Due date" type="date" registration={form.register('dueDate')} errors={errorsOf('dueDate')} />
        <Field label="Estimated hours" inputMode="decimal" registration={form.register('estimatedHours')} errors={errorsOf('estimatedHours')} />
        <Field label="Charges" inputMode="decimal" registration={form.register('charges')} errors={errorsOf('charges')} />
      </div>
      <SaveButton pending={pending} label={projectId ? 'Save' : 'Create project'} />
    </form>
  );
}
