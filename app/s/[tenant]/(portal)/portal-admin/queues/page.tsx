import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { QuickField } from '@/components/forms/quick-form';
import { inputClass } from '@/components/forms/styles';
import { PortalForm } from '@/components/portal/portal-form';
import { Card } from '@/components/ui/card';
import { requirePortalAdmin } from '@/lib/portal-admin/guard';
import { listQueues } from '@/lib/portal-admin/queues';
import { addQueueAction, deleteQueueAction, setDefaultQueueAction, updateQueueAction } from './actions';

export const metadata: Metadata = { title: 'Queues' };

type Queue = Awaited<ReturnType<typeof listQueues>>[number];

export default async function QueuesPage({ searchParams }: { searchParams: Promise<{ edit?: string }> }) {
  const { viewer } = await requirePortalAdmin('portal_admin.queues');
  const [t, queues, { edit }] = await Promise.all([getTranslations('portalAdmin.queues'), listQueues(viewer), searchParams]);
  const editing = queues.find((q) => q.id === edit);
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:items-start">
      <Card title={t('title')}>
        <p className="mb-4 text-sm text-zinc-600">{t('intro')}</p>
        {queues.length === 0 ? (
          <p className="text-sm text-zinc-500">{t('empty')}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm" aria-label={t('title')}>
              <thead className="border-b border-zinc-200 text-left text-zinc-600">
                <tr>
                  <th scope="col" className="py-2 pr-3">
                    {t('name')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('description')}
                  </th>
                  <th scope="col" className="py-2 pr-3">
                    {t('default')}
                  </th>
                  <th scope="col" className="py-2">
                    <span className="sr-only">{t('actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {queues.map((q) => (
                  <tr key={q.id} className="border-b border-zinc-100 align-top last:border-0">
                    <td className="py-2 pr-3 font-medium">{q.name}</td>
                    <td className="py-2 pr-3 whitespace-pre-wrap text-zinc-700">{q.description}</td>
                    <td className="py-2 pr-3">{q.isDefault ? t('yes') : t('no')}</td>
                    <td className="py-2">
                      <div className="flex flex-wrap justify-end gap-2">
                        {!q.isDefault && (
                          <PortalForm
                            action={setDefaultQueueAction}
                            label={t('makeDefaultLabel', { name: q.name })}
                            submit={t('makeDefault')}
                            variant="secondary"
                          >
                            <input type="hidden" name="queueId" value={q.id} />
                          </PortalForm>
                        )}
                        <Link
                          href={`/portal-admin/queues?edit=${q.id}#edit`}
                          aria-label={t('editLabel', { name: q.name })}
                          className="rounded-md border border-zinc-300 px-3 py-2 text-sm font-medium hover:bg-zinc-50"
                        >
                          {t('edit')}
                        </Link>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
      <div id="edit">{editing ? <EditQueue key={editing.id} queue={editing} /> : <AddQueue />}</div>
    </div>
  );
}

async function QueueFields({ queue }: { queue?: Queue }) {
  const t = await getTranslations('portalAdmin.queues');
  return (
    <>
      <QuickField label={t('name')}>
        <input name="name" defaultValue={queue?.name} maxLength={100} className={inputClass} />
      </QuickField>
      <QuickField label={t('description')}>
        <textarea name="description" defaultValue={queue?.description} rows={3} className={inputClass} />
      </QuickField>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="isDefault" defaultChecked={queue?.isDefault} className="h-4 w-4 rounded border-zinc-300" /> {t('defaultQueue')}
      </label>
    </>
  );
}

async function AddQueue() {
  const t = await getTranslations('portalAdmin.queues');
  return (
    <Card title={t('addTitle')}>
      <PortalForm action={addQueueAction} label={t('addTitle')} submit={t('add')}>
        <QueueFields />
      </PortalForm>
    </Card>
  );
}

async function EditQueue({ queue }: { queue: Queue }) {
  const t = await getTranslations('portalAdmin.queues');
  return (
    <Card title={t('editTitle', { name: queue.name })}>
      <PortalForm action={updateQueueAction} label={t('editTitle', { name: queue.name })} submit={t('save')} resetOnSuccess={false}>
        <input type="hidden" name="queueId" value={queue.id} />
        <QueueFields queue={queue} />
      </PortalForm>
      <div className="mt-6 flex flex-wrap items-end justify-between gap-3 border-t border-zinc-200 pt-4">
        <Link href="/portal-admin/queues" className="py-2 text-sm text-brand-700 hover:underline">
          {t('cancel')}
        </Link>
        <div className="space-y-1 text-right">
          <PortalForm action={deleteQueueAction} label={t('delete')} submit={t('delete')} variant="secondary">
            <input type="hidden" name="queueId" value={queue.id} />
          </PortalForm>
          <p className="text-xs text-zinc-500">{t('deleteHint')}</p>
        </div>
      </div>
    </Card>
  );
}
