'use client';
import { CheckboxField, Field } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { portalSettingsSchema } from '@/lib/organization/schemas';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: { portalActivated: boolean; invitationLifetimeHours: number; twoFactorRequired: boolean };
  readOnly: boolean;
};

export function PortalSettingsForm({ action, defaults, readOnly }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(portalSettingsSchema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Client Portal settings">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      <fieldset disabled={readOnly} className="space-y-4">
        <CheckboxField role="switch" label="Portal Activation" registration={form.register('portalActivated')} hint="When off, clients see that the portal is not available, cannot sign in, and no invitations are sent." />
        <div className="max-w-xs">
          <Field label="Invitation link lifetime (hours)" type="number" min={1} max={336} registration={form.register('invitationLifetimeHours')} errors={errorsOf('invitationLifetimeHours')} hint="From 1 hour to 14 days (336 hours). Applies to invitations sent from now on." />
        </div>
        <CheckboxField label="Require two-factor authentication for all portal users" registration={form.register('twoFactorRequired')} hint="Portal users set up an authenticator app at their next sign-in. Companies can also require it on their own." />
      </fieldset>
      {!readOnly && (
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save'}
        </Button>
      )}
    </form>
  );
}
