'use client';
import { CheckboxField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { sharingDefaultsSchema } from '@/lib/organization/schemas';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  defaults: { shareByDefault: boolean; shareMilestonesByDefault: boolean; shareTasksByDefault: boolean };
  readOnly: boolean;
};

export function SharingDefaultsForm({ action, defaults, readOnly }: Props) {
  const { form, state, pending, onSubmit } = useActionForm(sharingDefaultsSchema, action, defaults);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sharing defaults">
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {state.error && <Alert tone="error">{state.error}</Alert>}
      <fieldset disabled={readOnly} className="space-y-3">
        <CheckboxField role="switch" label="Sharing" registration={form.register('shareByDefault')} hint="New updates, documents and comments are shown on the portal (Show on Portal? starts at Yes)." />
        <CheckboxField role="switch" label="Milestones" registration={form.register('shareMilestonesByDefault')} hint="New milestones are shown on the portal." />
        <CheckboxField role="switch" label="Tasks" registration={form.register('shareTasksByDefault')} hint="New tasks are shown on the portal." />
      </fieldset>
      {!readOnly && (
        <Button type="submit" disabled={pending}>
          Save
        </Button>
      )}
    </form>
  );
}
