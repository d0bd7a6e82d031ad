import { z } from 'zod';
import { checkbox, text } from '@/lib/forms';

/** Portal Admin › Queues: a queue of the Manager's company. */
export const queueSchema = z.object({
  name: text().min(1, 'Enter a name for the queue.').max(100, 'A queue name can be at most 100 characters.'),
  description: text({ multiline: true }).max(1000, 'The description can be at most 1000 characters.').default(''),
  isDefault: checkbox,
});
export type QueueInput = z.infer<typeof queueSchema>;

export const editQueueSchema = queueSchema.extend({ queueId: z.uuid() });

export const queueIdSchema = z.object({ queueId: z.uuid() });
