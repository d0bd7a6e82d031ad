'use client';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { staffPermissionsSchema } from '@/lib/staff/schemas';
import { PermissionCheckboxes } from './permission-checkboxes';

type Props = { userId: string; permissions: string; action: (state: ActionState, formData: FormData) => Promise<ActionState>; readOnly?: boolean };

export function StaffPermissionsForm({ userId, permissions, action, readOnly }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(staffPermissionsSchema, action, { userId, permissions });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Permissions">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      <input type="hidden" {...form.register('userId')} />
      <input type="hidden" {...form.register('permissions')} />
      <PermissionCheckboxes
        value={form.watch('permissions') ?? ''}
        onChange={(v) => form.setValue('permissions', v, { shouldDirty: true })}
        errors={errorsOf('permissions')}
        disabled={readOnly}
      />
      {!readOnly && <SaveButton pending={pending} label="Save Permissions" />}
    </form>
  );
}
