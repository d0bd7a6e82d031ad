'use client';
import { useLocale } from 'next-intl';
import { Field, NamedOptions, SelectField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { translateError } from '@/lib/i18n/errors';
import { awaySchema, ownAwaySchema } from '@/lib/portal-admin/out-of-office-schemas';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;
type Person = { id: string; name: string };
type Labels = {
  title: string;
  contact?: string;
  awayFrom: string;
  awayUntil: string;
  delegate: string;
  noDelegate: string;
  delegateHint?: string;
  save: string;
};
type Defaults = { contactId?: string; startsOn: string; endsOn: string; delegateContactId: string };

/**
 * Away from, Away until and Delegate: for anyone of the company (Portal Admin, with `people` to choose from) or for
 * the signed-in user (Settings). The server checks the dates against the company's today and the delegate's own absences.
 */
export function AwayForm({
  action,
  people,
  delegates,
  defaults,
  labels,
}: {
  action: Action;
  people?: Person[];
  delegates: Person[];
  defaults: Defaults;
  labels: Labels;
}) {
  const locale = useLocale();
  const schema = people ? awaySchema : ownAwaySchema;
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(schema as typeof awaySchema, action, defaults);
  const tr = (list: string[]) => list.map((m) => translateError(m, locale));
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" aria-label={labels.title}>
      {state.error && <Alert tone="error">{translateError(state.error, locale)}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {people && labels.contact && (
        <SelectField label={labels.contact} registration={form.register('contactId')} errors={tr(errorsOf('contactId'))}>
          <NamedOptions items={people} />
        </SelectField>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={labels.awayFrom} type="date" registration={form.register('startsOn')} errors={tr(errorsOf('startsOn'))} />
        <Field label={labels.awayUntil} type="date" registration={form.register('endsOn')} errors={tr(errorsOf('endsOn'))} />
      </div>
      <SelectField
        label={labels.delegate}
        registration={form.register('delegateContactId')}
        errors={tr(errorsOf('delegateContactId'))}
        hint={labels.delegateHint}
      >
        <NamedOptions items={delegates} empty={labels.noDelegate} />
      </SelectField>
      <Button type="submit" disabled={pending}>
        {labels.save}
      </Button>
    </form>
  );
}
