'use client';
import { Field, LabelledOptions, NamedOptions, SelectField, TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { PRIORITY_LABELS, TICKET_STATUS_LABELS } from '@/lib/tickets/labels';
import { TICKET_PRIORITIES, TICKET_STATUSES, ticketSchema } from '@/lib/tickets/schemas';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  companies: { id: string; name: string }[];
  contacts: { id: string; companyId: string; name: string }[];
  defaults: { companyId: string; title: string; description: string; status: string; priority: string; ticketContactId: string };
  ticketId?: string;
};

export function TicketForm({ action, companies, contacts, defaults, ticketId }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(ticketSchema, action, defaults as never);
  const companyId = form.watch('companyId');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Ticket details">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {ticketId && <input type="hidden" name="ticketId" value={ticketId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" registration={form.register('title')} errors={errorsOf('title')} />
        <SelectField label="Company" registration={form.register('companyId')} errors={errorsOf('companyId')}>
          <NamedOptions items={companies} empty="Choose a company…" />
        </SelectField>
        <div className="sm:col-span-2">
          <TextareaField label="Description" registration={form.register('description')} errors={errorsOf('description')} />
        </div>
        <SelectField label="Status" registration={form.register('status')} errors={errorsOf('status')}>
          <LabelledOptions values={TICKET_STATUSES} labels={TICKET_STATUS_LABELS} />
        </SelectField>
        <SelectField label="Service-provider priority" registration={form.register('priority')} errors={errorsOf('priority')}>
          <LabelledOptions values={TICKET_PRIORITIES} labels={PRIORITY_LABELS} />
        </SelectField>
        <SelectField label="Ticket contact" registration={form.register('ticketContactId')} errors={errorsOf('ticketContactId')}>
          <option value="">None</option>
          {contacts
            .filter((c) => c.companyId === companyId)
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </SelectField>
      </div>
      <SaveButton pending={pending} label={ticketId ? 'Save' : 'Create ticket'} />
    </form>
  );
}
