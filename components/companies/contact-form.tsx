'use client';
import { Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { contactSchema } from '@/lib/companies/schemas';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: { firstName: string; lastName: string; email: string; phone: string };
  hidden: Record<string, string>;
  readOnly?: boolean;
};

export function ContactForm({ action, defaults, hidden, readOnly }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(contactSchema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Contact">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <fieldset disabled={readOnly} className="grid gap-4 sm:grid-cols-2">
        <Field label="First name" registration={form.register('firstName')} errors={errorsOf('firstName')} />
        <Field label="Last name" registration={form.register('lastName')} errors={errorsOf('lastName')} />
        <Field label="Email" type="email" registration={form.register('email')} errors={errorsOf('email')} />
        <Field label="Phone" type="tel" registration={form.register('phone')} errors={errorsOf('phone')} />
      </fieldset>
      {!readOnly && (
        <SaveButton pending={pending} />
      )}
    </form>
  );
}
