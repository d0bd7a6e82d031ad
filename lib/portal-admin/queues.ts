import 'server-only';
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { companies, ticketQueues } from '@/lib/db/schema';
import { NotFoundError, fieldError } from '@/lib/errors';
import type { ClientWork } from '@/lib/pipeline';
import type { Viewer } from '@/lib/portal/access';
import type { QueueInput } from './queue-schemas';

/** Portal Admin › Queues: the ticket queues of the Manager's own company (another company's queue is not found). */

export const DUPLICATE_QUEUE = 'Your company already has a queue with this name.';

type Work = ClientWork<'portal_admin.queues'>;

const ofCompany = (viewer: Pick<Viewer, 'tenantId' | 'companyId'>) =>
  and(eq(ticketQueues.tenantId, viewer.tenantId), eq(ticketQueues.companyId, viewer.companyId));

/** The company's queues, the default first, then by name. */
export async function listQueues(viewer: Pick<Viewer, 'tenantId' | 'companyId'>) {
  const db = await getDb();
  return db
    .select({ id: ticketQueues.id, name: ticketQueues.name, description: ticketQueues.description, isDefault: ticketQueues.isDefault })
    .from(ticketQueues)
    .where(ofCompany(viewer))
    .orderBy(sql`${ticketQueues.isDefault} desc`, asc(sql`lower(${ticketQueues.name})`));
}

export async function findQueue(viewer: Pick<Viewer, 'tenantId' | 'companyId'>, queueId: string) {
  const db = await getDb();
  const [queue] = await db
    .select()
    .from(ticketQueues)
    .where(and(ofCompany(viewer), eq(ticketQueues.id, queueId)));
  return queue ?? null;
}

async function requireQueue(w: Work, queueId: string) {
  const queue = await findQueue(w.viewer, queueId);
  if (!queue) throw new NotFoundError('queue');
  return queue;
}

/** Names are unique per company, whatever their case. */
async function checkName(w: Work, name: string, exceptId?: string) {
  const [taken] = await w.tx
    .select({ id: ticketQueues.id })
    .from(ticketQueues)
    .where(and(ofCompany(w.viewer), eq(sql`lower(${ticketQueues.name})`, name.toLowerCase()), exceptId ? ne(ticketQueues.id, exceptId) : undefined));
  if (taken) throw fieldError('name', DUPLICATE_QUEUE);
}

/** Only one default per company: the previous default gives way in the same transaction. */
async function clearDefault(w: Work) {
  await w.tx
    .update(ticketQueues)
    .set({ isDefault: false })
    .where(and(ofCompany(w.viewer), eq(ticketQueues.isDefault, true)));
}

export async function addQueue(w: Work, input: QueueInput) {
  await checkName(w, input.name);
  if (input.isDefault) await clearDefault(w);
  const [queue] = await w.tx
    .insert(ticketQueues)
    .values({ tenantId: w.tenant.id, companyId: w.viewer.companyId, ...input })
    .returning();
  await w.audit({ type: 'ticket_queue', id: queue.id, details: { name: queue.name, default: queue.isDefault } });
  return queue;
}

export async function updateQueue(w: Work, queueId: string, input: QueueInput) {
  const before = await requireQueue(w, queueId);
  await checkName(w, input.name, queueId);
  if (input.isDefault && !before.isDefault) await clearDefault(w);
  await w.tx
    .update(ticketQueues)
    .set(input)
    .where(and(ofCompany(w.viewer), eq(ticketQueues.id, queueId)));
  await w.audit({
    type: 'ticket_queue',
    id: queueId,
    details: { name: input.name, ...(before.name !== input.name && { was: before.name }), default: input.isDefault },
  });
}

export async function setDefaultQueue(w: Work, queueId: string) {
  const queue = await requireQueue(w, queueId);
  if (!queue.isDefault) {
    await clearDefault(w);
    await w.tx
      .update(ticketQueues)
      .set({ isDefault: true })
      .where(and(ofCompany(w.viewer), eq(ticketQueues.id, queueId)));
  }
  await w.audit({ type: 'ticket_queue', id: queueId, details: { name: queue.name } });
}

/** The queue's tickets stay, without a queue (the foreign key sets it null). */
export async function deleteQueue(w: Work, queueId: string) {
  const queue = await requireQueue(w, queueId);
  await w.tx.delete(ticketQueues).where(and(ofCompany(w.viewer), eq(ticketQueues.id, queueId)));
  await w.audit({ type: 'ticket_queue', id: queueId, details: { name: queue.name } });
}

export const FOREIGN_QUEUE = 'Choose one of your company’s queues.';

/** The queue a new service request is filed in: the one chosen (of the user's company), else the default, if any. */
export async function queueForRequest(viewer: Pick<Viewer, 'tenantId' | 'companyId'>, queueId: string | null | undefined) {
  if (queueId) {
    const queue = await findQueue(viewer, queueId);
    if (!queue) throw fieldError('queueId', FOREIGN_QUEUE);
    return queue.id;
  }
  const [fallback] = (await listQueues(viewer)).filter((q) => q.isDefault);
  return fallback?.id ?? null;
}

/** Staff: every queue of the tenant (or of one company), named with its company, for the ticket list's Queue filter. */
export async function getQueueOptions({ tenantId, companyId }: { tenantId: string; companyId?: string }) {
  const db = await getDb();
  return db
    .select({ id: ticketQueues.id, name: sql<string>`${companies.name} || ' › ' || ${ticketQueues.name}` })
    .from(ticketQueues)
    .innerJoin(companies, and(eq(companies.tenantId, tenantId), eq(companies.id, ticketQueues.companyId)))
    .where(and(eq(ticketQueues.tenantId, tenantId), companyId ? eq(ticketQueues.companyId, companyId) : undefined))
    .orderBy(asc(companies.name), asc(sql`lower(${ticketQueues.name})`));
}

/** The name of a ticket's queue (for a ticket the caller may already see). */
export async function queueName(tenantId: string, queueId: string | null) {
  if (!queueId) return null;
  const db = await getDb();
  const [queue] = await db
    .select({ name: ticketQueues.name })
    .from(ticketQueues)
    .where(and(eq(ticketQueues.tenantId, tenantId), eq(ticketQueues.id, queueId)));
  return queue?.name ?? null;
}
