'use client';
import { TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { organizationAddressSchema } from '@/lib/organization/schemas';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; address: string; readOnly: boolean };

/** Organization Settings › Client Portal › Address: printed on invoices and hour reports. */
export function AddressForm({ action, address, readOnly }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(organizationAddressSchema, action, { address });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Address">
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <fieldset disabled={readOnly}>
        <TextareaField label="Address" rows={4} registration={form.register('address')} errors={errorsOf('address')} hint="Printed under your organization's name on invoices and reports." />
      </fieldset>
      {!readOnly && (
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      )}
    </form>
  );
}
