import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PortalFileInput } from '@/components/forms/file-input';
import { QuickField } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { PortalForm } from '@/components/portal/portal-form';
import { Card } from '@/components/ui/card';
import { requireClient } from '@/lib/auth/client';
import { may, viewerOf } from '@/lib/portal/access';
import { labelKey } from '@/lib/portal/labels';
import { listQueues } from '@/lib/portal-admin/queues';
import { getRequestTypePreferences } from '@/lib/portal-admin/request-types';
import { TICKET_PRIORITIES } from '@/lib/tickets/schemas';
import { createServiceRequestAction } from '../actions';

export const metadata: Metadata = { title: 'New service request' };

export default async function NewServiceRequestPage() {
  const client = await requireClient();
  const t = await getTranslations('tickets');
  const viewer = viewerOf(client);
  // a level that may not create service requests has no such page
  if (!may(viewer, 'tickets.create')) notFound();
  const canSetPriority = may(viewer, 'tickets.set_priority');
  const [tAdmin, queues, requestTypes] = await Promise.all([getTranslations('portalAdmin'), listQueues(viewer), getRequestTypePreferences(viewer)]);
  return (
    <div className="max-w-2xl space-y-6">
      <Link href="/dashboards/tickets" className="text-sm text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <h1 className="text-2xl font-semibold">{t('newRequest')}</h1>
      <Card>
        <PortalForm action={createServiceRequestAction} label={t('newRequest')} submit={t('create')} resetOnSuccess={false}>
          <QuickField label={t('requestTitle')}>
            <input name="title" className={inputClass} />
          </QuickField>
          <QuickField label={t('requestDescription')}>
            <textarea name="description" rows={5} className={inputClass} />
          </QuickField>
          <div className="grid gap-3 sm:grid-cols-2">
            {queues.length > 0 && (
              <QuickField label={tAdmin('queues.queue')}>
                <select name="queueId" defaultValue={queues.find((q) => q.isDefault)?.id ?? ''} className={inputClass}>
                  {!queues.some((q) => q.isDefault) && <option value="">{tAdmin('queues.noQueue')}</option>}
                  {queues.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.name}
                    </option>
                  ))}
                </select>
              </QuickField>
            )}
            <QuickField label={tAdmin('requestTypes.requestType')}>
              <select name="requestType" defaultValue={requestTypes.defaultRequestType} className={inputClass}>
                {requestTypes.offered.map((type) => (
                  <option key={type} value={type}>
                    {tAdmin(`requestTypes.types.${type}`)}
                  </option>
                ))}
              </select>
            </QuickField>
          </div>
          {canSetPriority && (
            <QuickField label={t('priority')}>
              <select name="priority" defaultValue="medium" className={inputClass}>
                {TICKET_PRIORITIES.map((p) => (
                  <option key={p} value={p}>
                    {t(labelKey('priority', p))}
                  </option>
                ))}
              </select>
            </QuickField>
          )}
          <QuickField label={t('file')}>
            <PortalFileInput name="file" />
          </QuickField>
        </PortalForm>
      </Card>
    </div>
  );
}
