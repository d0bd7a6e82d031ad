'use client';
import { CompanyPicker, ContactPicker } from '@/components/admin/pickers';
import { Field, LabelledOptions, SelectField, TextareaField } from '@/components/forms/field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { SaveButton } from '@/components/ui/button';
import type { ActionState } from '@/lib/action-state';
import { PRIORITY_LABELS, TICKET_STATUS_LABELS } from '@/lib/tickets/labels';
import { TICKET_PRIORITIES, TICKET_STATUSES, ticketSchema } from '@/lib/tickets/schemas';

type Option = { id: string; name: string };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** the ticket's company and ticket contact, shown in their comboboxes (null on a new ticket) */
  company: Option | null;
  contact: Option | null;
  defaults: { companyId: string; title: string; description: string; status: string; priority: string; ticketContactId: string };
  ticketId?: string;
};

export function TicketForm({ action, company, contact, defaults, ticketId }: Props) {
  const { form, state, pending, onSubmit, errorsOf } = useActionForm(ticketSchema, action, defaults as never);
  const companyId = form.watch('companyId');
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Ticket details">
      {state.error && <Alert tone="error">{state.error}</Alert>}
      {state.success && <Alert tone="success">{state.success}</Alert>}
      {ticketId && <input type="hidden" name="ticketId" value={ticketId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Title" registration={form.register('title')} errors={errorsOf('title')} />
        <CompanyPicker
          label="Company"
          name="companyId"
          initial={company}
          onChosen={(item) => {
            form.setValue('companyId', item?.id ?? '', { shouldValidate: form.formState.isSubmitted });
            form.setValue('ticketContactId', item?.id === defaults.companyId ? defaults.ticketContactId : '');
          }}
          errors={errorsOf('companyId')}
        />
        <div className="sm:col-span-2">
          <TextareaField label="Description" registration={form.register('description')} errors={errorsOf('description')} />
        </div>
        <SelectField label="Status" registration={form.register('status')} errors={errorsOf('status')}>
          <LabelledOptions values={TICKET_STATUSES} labels={TICKET_STATUS_LABELS} />
        </SelectField>
        <SelectField label="Service-provider priority" registration={form.register('priority')} errors={errorsOf('priority')}>
          <LabelledOptions values={TICKET_PRIORITIES} labels={PRIORITY_LABELS} />
        </SelectField>
        {/* a new company starts the contact afresh: the combobox is keyed by it */}
        <ContactPicker
          key={companyId}
          label="Ticket contact"
          name="ticketContactId"
          companyId={companyId}
          initial={companyId === defaults.companyId ? contact : null}
          onChosen={(item) => form.setValue('ticketContactId', item?.id ?? '', { shouldValidate: form.formState.isSubmitted })}
          errors={errorsOf('ticketContactId')}
          hint="Optional; one of the company's contacts."
        />
      </div>
      <SaveButton pending={pending} label={ticketId ? 'Save' : 'Create ticket'} />
    </form>
  );
}
