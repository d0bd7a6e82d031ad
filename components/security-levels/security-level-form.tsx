'use client';
import { CheckboxField, Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { securityLevelSchema } from '@/lib/security-levels/schemas';
import { PermissionChecklist } from './permission-checklist';

export type SecurityLevelDefaults = { levelId?: string; name: string; permissions: string; clientAssignable: boolean };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: SecurityLevelDefaults;
  readOnly?: boolean;
};

/** New / Edit Security Level: **Name**, the grouped permissions, and whether a client Manager may give the level. */
export function SecurityLevelForm({ action, defaults, readOnly }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(securityLevelSchema, action, { ...defaults, levelId: defaults.levelId ?? '' });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-label="Security level">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      <input type="hidden" {...form.register('levelId')} />
      <input type="hidden" {...form.register('permissions')} />
      <fieldset disabled={readOnly} className="max-w-md">
        <Field label="Name" registration={form.register('name')} errors={errorsOf('name')} maxLength={60} autoComplete="off" />
      </fieldset>
      <PermissionChecklist
        value={form.watch('permissions') ?? ''}
        onChange={(v) => form.setValue('permissions', v, { shouldDirty: true })}
        errors={errorsOf('permissions')}
        disabled={readOnly}
      />
      <fieldset disabled={readOnly}>
        <CheckboxField
          label="Assignable by client"
          registration={form.register('clientAssignable')}
          hint="A client Manager may give this level to their company's users. Unticked, only staff can."
        />
      </fieldset>
      {!readOnly && <SaveButton pending={pending} label="Save" />}
    </form>
  );
}
