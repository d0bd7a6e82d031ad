import 'server-only';
import { and, eq, inArray, lte, sql } from 'drizzle-orm';
import { Resend } from 'resend';
import { getDb } from '@/lib/db/client';
import { emailAttachments, emailOutbox, type OutboxEmail } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { redactLinkQueries } from './links';

/** A message is tried this many times (1, 4, 16 and 64 minutes apart), then marked failed. */
export const MAX_ATTEMPTS = 5;
const BATCH = 50;

/** When the attempt after `attempts` tries is due: 1, 4, 16, 64 minutes later. */
export const retryDelayMinutes = (attempts: number) => 4 ** Math.max(0, attempts - 1);

/**
 * Sends queued messages that are due (or just `ids`), each at most once at a time: a message is claimed by moving
 * its next attempt into the future in the same statement that picks it (`for update skip locked`), so two runs never
 * send one message together; Resend's idempotency key (the message id) keeps a retry after a lost reply from
 * sending it twice. Once sent, the record keeps its links without their query (no usable token in the outbox).
 */
export async function deliverQueued({ ids, now = new Date() }: { ids?: string[]; now?: Date } = {}): Promise<OutboxEmail[]> {
  const { RESEND_API_KEY, EMAIL_FROM } = env();
  if (!RESEND_API_KEY) return [];
  const claimed = await claim(ids, now);
  const resend = new Resend(RESEND_API_KEY);
  const results: OutboxEmail[] = [];
  for (const message of claimed) {
    const files = await attachmentsOf(message.id);
    const reply = await resend.emails
      .send(
        {
          from: EMAIL_FROM,
          to: message.to,
          subject: message.subject,
          html: message.html,
          text: message.text,
          ...(files.length ? { attachments: files.map((f) => ({ filename: f.fileName, content: f.data, contentType: f.contentType })) } : {}),
        },
        { idempotencyKey: `outbox-${message.id}` },
      )
      .catch((e: unknown) => ({ data: null, error: { message: e instanceof Error ? e.message : 'unknown error' } }));
    results.push(await settle(message, reply.error ? { error: reply.error.message } : { providerId: reply.data?.id ?? null }, now));
  }
  return results;
}

async function claim(ids: string[] | undefined, now: Date): Promise<OutboxEmail[]> {
  const db = await getDb();
  const due = db
    .select({ id: emailOutbox.id })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.status, 'queued'), lte(emailOutbox.nextAttemptAt, now), ids ? inArray(emailOutbox.id, ids) : undefined))
    .orderBy(emailOutbox.nextAttemptAt)
    .limit(BATCH)
    .for('update', { skipLocked: true });
  return db
    .update(emailOutbox)
    .set({
      attempts: sql`${emailOutbox.attempts} + 1`,
      lastAttemptAt: now,
      nextAttemptAt: sql`${now.toISOString()}::timestamptz + make_interval(mins => power(4, ${emailOutbox.attempts})::int)`,
    })
    .where(inArray(emailOutbox.id, due))
    .returning();
}

function attachmentsOf(emailId: string) {
  return getDb().then((db) =>
    db.select({ fileName: emailAttachments.fileName, contentType: emailAttachments.contentType, data: emailAttachments.data }).from(emailAttachments).where(eq(emailAttachments.emailId, emailId)),
  );
}

async function settle(message: OutboxEmail, outcome: { providerId: string | null } | { error: string }, now: Date): Promise<OutboxEmail> {
  const db = await getDb();
  const change =
    'error' in outcome
      ? message.attempts >= MAX_ATTEMPTS
        ? { status: 'failed' as const, error: outcome.error, nextAttemptAt: null }
        : { error: outcome.error }
      : { status: 'sent' as const, providerId: outcome.providerId, error: null, sentAt: now, nextAttemptAt: null, html: redactLinkQueries(message.html), text: redactLinkQueries(message.text) };
  const [row] = await db.update(emailOutbox).set(change).where(eq(emailOutbox.id, message.id)).returning();
  return row;
}
