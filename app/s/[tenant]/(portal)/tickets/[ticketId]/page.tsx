import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { PortalFileInput } from '@/components/forms/file-input';
import { QuickField } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { AttachmentsCard } from '@/components/portal/attachments-card';
import { PortalForm } from '@/components/portal/portal-form';
import { Card } from '@/components/ui/card';
import { requireClient } from '@/lib/auth/client';
import { formatDateTime } from '@/lib/format';
import { viewerOf } from '@/lib/portal/access';
import { labelKey } from '@/lib/portal/labels';
import { queueName } from '@/lib/portal-admin/queues';
import { getPortalTicket } from '@/lib/tickets/portal';
import { addTicketNoteAction } from '../actions';

export const metadata: Metadata = { title: 'Ticket' };

export default async function PortalTicketPage({ params }: { params: Promise<{ ticketId: string }> }) {
  const client = await requireClient();
  const { ticketId } = await params;
  if (!z.uuid().safeParse(ticketId).success) notFound();
  const data = await getPortalTicket(viewerOf(client), ticketId);
  if (!data) notFound();
  const { ticket } = data;
  const [t, tAdmin, queue] = await Promise.all([getTranslations('tickets'), getTranslations('portalAdmin'), queueName(client.tenant.id, ticket.queueId)]);
  return (
    <div className="space-y-6">
      <Link href="/dashboards/tickets" className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">
        #{ticket.number} {ticket.title}
      </h1>
      {ticket.createdOffHours && <p className="text-sm text-amber-800">{(await getTranslations('portalAdmin.offHours'))('createdOffHours')}</p>}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title={t('description')}>
            <dl className="mb-3 grid gap-x-8 gap-y-2 text-sm sm:grid-cols-[max-content_1fr]">
              <dt className="text-zinc-500">{t('status')}</dt>
              <dd>{t(labelKey('status', ticket.status))}</dd>
              {ticket.priority && (
                <>
                  <dt className="text-zinc-500">{t('priority')}</dt>
                  <dd>{t(labelKey('priority', ticket.priority))}</dd>
                </>
              )}
              {queue && (
                <>
                  <dt className="text-zinc-500">{tAdmin('queues.queue')}</dt>
                  <dd>{queue}</dd>
                </>
              )}
              {ticket.requestType && (
                <>
                  <dt className="text-zinc-500">{tAdmin('requestTypes.requestType')}</dt>
                  <dd>{tAdmin(`requestTypes.types.${ticket.requestType}`)}</dd>
                </>
              )}
              <dt className="text-zinc-500">{t('created')}</dt>
              <dd>{formatDateTime(ticket.createdAt, client.contact)}</dd>
            </dl>
            <p className="whitespace-pre-wrap text-sm text-zinc-700">{ticket.description}</p>
          </Card>
          <Card title={t('notes')}>
            {data.notes.length === 0 ? (
              <p className="text-sm text-zinc-500">{t('noNotes')}</p>
            ) : (
              <ul aria-label={t('notes')} className="space-y-3">
                {data.notes.map((n) => (
                  <li key={n.id} className="text-sm">
                    <p className="whitespace-pre-wrap text-zinc-700">{n.body}</p>
                    <p className="text-xs text-zinc-500">
                      {n.author} · {formatDateTime(n.createdAt, client.contact)}
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title={t('addNote')}>
            <PortalForm action={addTicketNoteAction} label={t('addNote')} submit={t('addNote')}>
              <input type="hidden" name="ticketId" value={ticket.id} />
              <QuickField label={t('note')}>
                <textarea name="body" rows={3} className={inputClass} />
              </QuickField>
              <QuickField label={t('file')}>
                <PortalFileInput name="file" />
              </QuickField>
            </PortalForm>
          </Card>
        </div>
        <AttachmentsCard title={t('attachments')} documents={data.attachments} empty="—" />
      </div>
    </div>
  );
}
