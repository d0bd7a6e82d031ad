'use client';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { CheckboxField, Field, LabelledOptions, SelectField, TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { MINIMUM_LEVELS, type DocumentationKind } from '@/lib/db/schema';
import type { DocumentationRecordView } from '@/lib/documentation/columns';
import { MINIMUM_LEVEL_LABELS, credentialSchema, licenseSchema, warrantySchema } from '@/lib/documentation/schemas';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export type { DocumentationRecordView };

export type DocumentationFormProps = {
  companyId: string;
  /** absent: a new record */
  record?: DocumentationRecordView;
  action: Action;
  onSaved: (message: string) => void;
  onCancel: () => void;
};

export function DocumentationForm({ kind, ...props }: DocumentationFormProps & { kind: DocumentationKind }) {
  if (kind === 'credential') return <CredentialForm {...props} />;
  if (kind === 'warranty') return <WarrantyForm {...props} />;
  return <LicenseForm {...props} />;
}

const common = (companyId: string, record?: DocumentationRecordView) => ({
  recordId: record?.id ?? '',
  companyId,
  notes: record?.notes ?? '',
  showOnPortal: record?.showOnPortal ?? false,
  minimumLevel: record?.minimumLevel ?? ('basic' as const),
});

function CredentialForm({ companyId, record, action, onSaved, onCancel }: DocumentationFormProps) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(
    credentialSchema,
    action,
    { ...common(companyId, record), kind: 'credential', name: record?.name ?? '', system: record?.system ?? '', username: record?.username ?? '', password: '', clearPassword: false },
    (s) => onSaved(s.success ?? ''),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={record ? `Edit ${record.name}` : 'Add credential'}>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Hidden registrations={[form.register('kind'), form.register('recordId'), form.register('companyId')]} />
      <Field label="Name" autoComplete="off" maxLength={200} registration={form.register('name')} errors={errorsOf('name')} />
      <Field label="System/URL" autoComplete="off" maxLength={500} registration={form.register('system')} errors={errorsOf('system')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Username" autoComplete="off" maxLength={200} registration={form.register('username')} errors={errorsOf('username')} />
        <Field
          label="Password"
          type="password"
          autoComplete="new-password"
          maxLength={1000}
          registration={form.register('password')}
          errors={errorsOf('password')}
          hint={record?.hasSecret ? 'A password is stored. Leave this empty to keep it.' : undefined}
        />
      </div>
      {record?.hasSecret && <CheckboxField label="Clear the stored password" registration={form.register('clearPassword')} />}
      <CommonFields
        notes={form.register('notes')}
        notesErrors={errorsOf('notes')}
        showOnPortal={form.register('showOnPortal')}
        minimumLevel={form.register('minimumLevel')}
        levelErrors={errorsOf('minimumLevel')}
        passwords
      />
      <Buttons pending={pending} onCancel={onCancel} editing={!!record} />
    </form>
  );
}

function WarrantyForm({ companyId, record, action, onSaved, onCancel }: DocumentationFormProps) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(
    warrantySchema,
    action,
    {
      ...common(companyId, record),
      kind: 'warranty',
      name: record?.name ?? '',
      serialNumber: record?.serialNumber ?? '',
      vendor: record?.vendor ?? '',
      startsOn: record?.startsOn ?? '',
      endsOn: record?.endsOn ?? '',
    },
    (s) => onSaved(s.success ?? ''),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={record ? `Edit ${record.name}` : 'Add warranty'}>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Hidden registrations={[form.register('kind'), form.register('recordId'), form.register('companyId')]} />
      <Field label="Asset" autoComplete="off" maxLength={200} registration={form.register('name')} errors={errorsOf('name')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Serial number" autoComplete="off" maxLength={200} registration={form.register('serialNumber')} errors={errorsOf('serialNumber')} />
        <Field label="Vendor" autoComplete="off" maxLength={200} registration={form.register('vendor')} errors={errorsOf('vendor')} />
        <Field label="Start date" type="date" registration={form.register('startsOn')} errors={errorsOf('startsOn')} />
        <Field label="End date" type="date" registration={form.register('endsOn')} errors={errorsOf('endsOn')} />
      </div>
      <CommonFields
        notes={form.register('notes')}
        notesErrors={errorsOf('notes')}
        showOnPortal={form.register('showOnPortal')}
        minimumLevel={form.register('minimumLevel')}
        levelErrors={errorsOf('minimumLevel')}
      />
      <Buttons pending={pending} onCancel={onCancel} editing={!!record} />
    </form>
  );
}

function LicenseForm({ companyId, record, action, onSaved, onCancel }: DocumentationFormProps) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(
    licenseSchema,
    action,
    {
      ...common(companyId, record),
      kind: 'license',
      name: record?.name ?? '',
      licenseKey: '',
      clearLicenseKey: false,
      seats: record?.seats === null || record?.seats === undefined ? '' : record.seats,
      assignedTo: record?.assignedTo ?? '',
      startsOn: record?.startsOn ?? '',
      endsOn: record?.endsOn ?? '',
    },
    (s) => onSaved(s.success ?? ''),
  );
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={record ? `Edit ${record.name}` : 'Add software license'}>
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <Hidden registrations={[form.register('kind'), form.register('recordId'), form.register('companyId')]} />
      <Field label="Product" autoComplete="off" maxLength={200} registration={form.register('name')} errors={errorsOf('name')} />
      <Field
        label="License key"
        type="password"
        autoComplete="new-password"
        maxLength={1000}
        registration={form.register('licenseKey')}
        errors={errorsOf('licenseKey')}
        hint={record?.hasSecret ? 'A license key is stored. Leave this empty to keep it.' : undefined}
      />
      {record?.hasSecret && <CheckboxField label="Clear the stored license key" registration={form.register('clearLicenseKey')} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Seats" type="number" min={0} step={1} inputMode="numeric" registration={form.register('seats')} errors={errorsOf('seats')} />
        <Field label="Assigned to" autoComplete="off" maxLength={200} registration={form.register('assignedTo')} errors={errorsOf('assignedTo')} />
        <Field label="Start date" type="date" registration={form.register('startsOn')} errors={errorsOf('startsOn')} />
        <Field label="Expiry date" type="date" registration={form.register('endsOn')} errors={errorsOf('endsOn')} />
      </div>
      <CommonFields
        notes={form.register('notes')}
        notesErrors={errorsOf('notes')}
        showOnPortal={form.register('showOnPortal')}
        minimumLevel={form.register('minimumLevel')}
        levelErrors={errorsOf('minimumLevel')}
        passwords
      />
      <Buttons pending={pending} onCancel={onCancel} editing={!!record} />
    </form>
  );
}

function Hidden({ registrations }: { registrations: UseFormRegisterReturn[] }) {
  return registrations.map((r) => <input key={r.name} type="hidden" {...r} />);
}

function CommonFields(props: {
  notes: UseFormRegisterReturn;
  notesErrors: string[];
  showOnPortal: UseFormRegisterReturn;
  minimumLevel: UseFormRegisterReturn;
  levelErrors: string[];
  passwords?: boolean;
}) {
  return (
    <>
      <TextareaField label="Notes" rows={3} registration={props.notes} errors={props.notesErrors} />
      <fieldset className="space-y-3 rounded-md border border-zinc-200 p-3">
        <legend className="px-1 text-sm font-medium text-zinc-800">Client portal</legend>
        <CheckboxField label="Show on Portal?" registration={props.showOnPortal} hint="Off: only staff see this record." />
        <SelectField
          label="Minimum security level"
          registration={props.minimumLevel}
          errors={props.levelErrors}
          hint={`Clients of this company whose level reaches this one see it.${props.passwords ? ' Revealing the secret also needs “view passwords”.' : ''}`}
        >
          <LabelledOptions values={MINIMUM_LEVELS} labels={MINIMUM_LEVEL_LABELS} />
        </SelectField>
      </fieldset>
    </>
  );
}

function Buttons({ pending, onCancel, editing }: { pending: boolean; onCancel: () => void; editing: boolean }) {
  return (
    <div className="flex justify-end gap-3">
      <Button type="button" variant="secondary" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" disabled={pending}>
        {pending ? 'Saving…' : editing ? 'Save' : 'Add'}
      </Button>
    </div>
  );
}
