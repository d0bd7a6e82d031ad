'use server';
import { getTranslations } from 'next-intl/server';
import { clientAction } from '@/lib/actions';
import { editQueueSchema, queueIdSchema, queueSchema } from '@/lib/portal-admin/queue-schemas';
import { addQueue, deleteQueue, setDefaultQueue, updateQueue } from '@/lib/portal-admin/queues';

const LIST = '/portal-admin/queues';

export const addQueueAction = clientAction({ schema: queueSchema, permission: 'portal_admin.queues', audit: 'portal_admin.add_queue' }, async (input, w) => {
  const queue = await addQueue(w, input);
  return { success: (await getTranslations('portalAdmin.queues'))('added', { name: queue.name }) };
});

export const updateQueueAction = clientAction(
  { schema: editQueueSchema, permission: 'portal_admin.queues', audit: 'portal_admin.update_queue' },
  async ({ queueId, ...input }, w) => {
    await updateQueue(w, queueId, input);
    return { redirectTo: LIST };
  },
);

export const setDefaultQueueAction = clientAction(
  { schema: queueIdSchema, permission: 'portal_admin.queues', audit: 'portal_admin.set_default_queue' },
  async ({ queueId }, w) => {
    await setDefaultQueue(w, queueId);
  },
);

export const deleteQueueAction = clientAction(
  { schema: queueIdSchema, permission: 'portal_admin.queues', audit: 'portal_admin.delete_queue' },
  async ({ queueId }, w) => {
    await deleteQueue(w, queueId);
    return { redirectTo: LIST };
  },
);
