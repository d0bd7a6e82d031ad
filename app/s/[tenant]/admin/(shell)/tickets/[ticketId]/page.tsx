import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { QuickField, QuickForm } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { DocumentsCard } from '@/components/projects/documents-card';
import { ShowOnPortalSwitch } from '@/components/projects/show-on-portal-switch';
import { TicketForm } from '@/components/tickets/ticket-form';
import { Card } from '@/components/ui/card';
import { EditableWhen, ViewOnlyNotice } from '@/components/admin/view-only-notice';
import { CreatedOffHoursMark, OffHoursNowNotice, OutOfOfficeMark } from '@/components/admin/client-availability';
import { editRights, requireStaff } from '@/lib/auth/staff';
import { REQUEST_TYPE_LABELS } from '@/lib/tickets/labels';
import { getTicketForStaff } from '@/lib/tickets/queries';
import { companyOffHoursNow } from '@/lib/portal-admin/off-hours';
import { awayUntil } from '@/lib/portal-admin/out-of-office';
import {
  addTicketNoteAction,
  addTicketPersonAction,
  removeTicketPersonAction,
  setTicketShowOnPortalAction,
  updateTicketAction,
  uploadTicketAttachmentAction,
} from '../actions';

export const metadata: Metadata = { title: 'Ticket' };

const ROLE_LABELS = { member: 'Member', assigned: 'Assigned contact', approver: 'Approver' } as const;

export default async function TicketPage({ params }: { params: Promise<{ ticketId: string }> }) {
  const { tenant, user } = await requireStaff();
  const { allowed: canEdit, only: editing } = editRights(user, 'tickets.edit');
  const { ticketId } = await params;
  if (!z.uuid().safeParse(ticketId).success) notFound();
  const data = await getTicketForStaff({ tenantId: tenant.id, ticketId });
  if (!data) notFound();
  const { ticket, company } = data;
  const hidden = <input type="hidden" name="ticketId" value={ticket.id} />;
  const ticketContact = data.companyContacts.find((c) => c.id === ticket.ticketContactId);
  const [away, offHoursNow] = await Promise.all([awayUntil(tenant.id, [ticket.ticketContactId, ...data.people.map((p) => p.id)]), companyOffHoursNow(tenant.id, ticket.companyId)]);

  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/admin/tickets" className="text-sm text-brand-700 hover:underline">
        ← Tickets
      </Link>
      <div>
        <h1 className="text-2xl font-semibold">
          #{ticket.number} {ticket.title}
        </h1>
        <p className="text-sm text-zinc-600">
          {company.name}
          {ticket.createdByContactId && ' · created on the portal'}
        </p>
      </div>

      <div className="space-y-2" aria-label="Client availability">
        {ticketContact && (
          <p className="text-sm">
            Ticket contact: {ticketContact.firstName} {ticketContact.lastName}
            <OutOfOfficeMark until={away.get(ticketContact.id)} />
          </p>
        )}
        {ticket.createdOffHours && <CreatedOffHoursMark />}
        {offHoursNow && <OffHoursNowNotice />}
      </div>

      {!canEdit && <ViewOnlyNotice permission="tickets.edit" />}

      <Card title="Details">
        <dl className="mb-4 grid gap-x-8 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]" aria-label="Filing">
          <dt className="text-zinc-500">Queue</dt>
          <dd>{data.queue ?? 'No queue'}</dd>
          <dt className="text-zinc-500">Request type</dt>
          <dd>{ticket.requestType ? REQUEST_TYPE_LABELS[ticket.requestType] : 'Not set'}</dd>
        </dl>
        <EditableWhen allowed={canEdit}>
          <TicketForm
            action={updateTicketAction}
            company={{ id: company.id, name: company.name }}
            contact={ticketContact ? { id: ticketContact.id, name: `${ticketContact.firstName} ${ticketContact.lastName}`.trim() } : null}
            ticketId={ticket.id}
            defaults={{
              companyId: ticket.companyId,
              title: ticket.title,
              description: ticket.description,
              status: ticket.status,
              priority: ticket.priority,
              ticketContactId: ticket.ticketContactId ?? '',
            }}
          />
        </EditableWhen>
      </Card>

      <Card title="People">
        <ul className="mb-4 space-y-2 text-sm" aria-label="People">
          {data.people.length === 0 && <li className="text-zinc-500">No members, assigned contacts or approvers yet.</li>}
          {data.people.map((p) => (
            <li key={`${p.id}-${p.role}`} className="flex items-center justify-between gap-3">
              <span>
                {p.firstName} {p.lastName} <span className="text-zinc-500">· {ROLE_LABELS[p.role]}</span>
                <OutOfOfficeMark until={away.get(p.id)} />
              </span>
              {canEdit && (
                <QuickForm
                  action={removeTicketPersonAction}
                  label={`Remove ${p.firstName} ${p.lastName} as ${ROLE_LABELS[p.role]}`}
                  submit="Remove"
                  variant="secondary"
                >
                  {hidden}
                  <input type="hidden" name="contactId" value={p.id} />
                  <input type="hidden" name="role" value={p.role} />
                </QuickForm>
              )}
            </li>
          ))}
        </ul>
        {canEdit && (
          <QuickForm action={addTicketPersonAction} label="Add person" submit="Add People" className="grid gap-3 sm:grid-cols-2 sm:items-end">
            {hidden}
            <QuickField label="Contact">
              <select name="contactId" className={inputClass}>
                {data.companyContacts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.firstName} {c.lastName} ({c.email})
                  </option>
                ))}
              </select>
            </QuickField>
            <QuickField label="Role">
              <select name="role" className={inputClass}>
                {Object.entries(ROLE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </QuickField>
          </QuickForm>
        )}
      </Card>

      <Card title="Notes">
        <ul className="mb-4 space-y-3" aria-label="Notes">
          {data.notes.map((n) => (
            <li key={n.id} className="rounded-md border border-zinc-200 p-3 text-sm">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <span className="text-xs text-zinc-500">
                  {n.author} · {n.createdAt.toISOString().slice(0, 16).replace('T', ' ')} UTC
                </span>
                <ShowOnPortalSwitch kind="ticket_note" id={n.id} shared={n.shared} name={n.body.slice(0, 40)} action={editing(setTicketShowOnPortalAction)} />
              </div>
              <p className="whitespace-pre-wrap">{n.body}</p>
            </li>
          ))}
        </ul>
        {canEdit && (
          <QuickForm action={addTicketNoteAction} label="New note" submit="Add note">
            {hidden}
            <QuickField label="Note">
              <textarea name="body" rows={3} className={inputClass} />
            </QuickField>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="shared" defaultChecked={tenant.shareByDefault} /> Show on Portal?
            </label>
          </QuickForm>
        )}
      </Card>

      <DocumentsCard
        title="Attachments"
        documents={data.attachments}
        upload={editing(uploadTicketAttachmentAction)}
        uploadLabel="Upload attachment"
        hidden={hidden}
        sharedByDefault={tenant.shareByDefault}
        setShowOnPortal={editing(setTicketShowOnPortalAction)}
      />
    </div>
  );
}
