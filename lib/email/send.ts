import 'server-only';
import type { ReactElement } from 'react';
import { after } from 'next/server';
import { render, toPlainText } from '@react-email/render';
import { afterCommit, getDb } from '@/lib/db/client';
import { emailAttachments, emailOutbox, type OutboxEmail } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { deliverQueued } from './delivery';

export type EmailMessage = {
  tenantId: string | null;
  to: string;
  subject: string;
  template: string;
  body: ReactElement;
  /** Files sent with the message (an invoice's PDF): kept with its outbox record and passed to Resend. */
  attachments?: EmailAttachment[];
};

export type EmailAttachment = { fileName: string; contentType: string; data: Uint8Array };

/**
 * The one way the app sends mail. The message is rendered and recorded at once — inside the caller's transaction,
 * so work that is rolled back e-mails nobody and work that commits never loses its message. Without an e-mail
 * service the record is the delivery (the outbox). With Resend it is queued and sent once the work has committed,
 * after the response (`after()`), off the request path; a failed send is retried with backoff by the scheduled
 * clean-up (lib/email/delivery.ts).
 */
export async function sendEmail(message: EmailMessage): Promise<OutboxEmail> {
  const html = await render(message.body);
  const text = toPlainText(html);
  const queued = Boolean(env().RESEND_API_KEY);
  const db = await getDb();
  const [row] = await db
    .insert(emailOutbox)
    .values({
      tenantId: message.tenantId,
      to: message.to,
      subject: message.subject,
      template: message.template,
      html,
      text,
      status: queued ? 'queued' : 'outbox',
      nextAttemptAt: queued ? new Date() : null,
    })
    .returning();
  const attachments = message.attachments ?? [];
  if (attachments.length) {
    await db.insert(emailAttachments).values(attachments.map((a) => ({ emailId: row.id, fileName: a.fileName, contentType: a.contentType, data: Buffer.from(a.data) })));
  }
  if (!queued) return row;
  return (await afterCommit(() => deliverSoon(row))) ?? row;
}

/** In a request: after the response. Elsewhere (scripts, tests, the scheduled jobs' own calls): now. */
async function deliverSoon(row: OutboxEmail): Promise<OutboxEmail> {
  try {
    after(() => deliverQueued({ ids: [row.id] }));
    return row;
  } catch {
    const [done] = await deliverQueued({ ids: [row.id] });
    return done ?? row;
  }
}
