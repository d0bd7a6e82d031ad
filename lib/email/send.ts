import 'server-only';
import type { ReactElement } from 'react';
import { render, toPlainText } from '@react-email/render';
import { Resend } from 'resend';
import { afterCommit, getDb } from '@/lib/db/client';
import { emailAttachments, emailOutbox, type OutboxEmail } from '@/lib/db/schema';
import { env } from '@/lib/env';
import { redactLinkQueries } from './links';

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
 * The one way the app sends mail: Resend when configured, else the outbox. Every message is recorded; with
 * Resend configured the record keeps its links without their query (tokens), so the outbox cannot sign anyone in.
 * Inside a transaction the message goes only once it has committed, so work that is rolled back e-mails nobody.
 */
export function sendEmail(message: EmailMessage): Promise<OutboxEmail | undefined> {
  return afterCommit(() => deliver(message));
}

async function deliver(message: EmailMessage): Promise<OutboxEmail> {
  const html = await render(message.body);
  const text = toPlainText(html);
  const attachments = message.attachments ?? [];
  const { RESEND_API_KEY, EMAIL_FROM } = env();
  let status: OutboxEmail['status'] = 'outbox';
  let providerId: string | null = null;
  let error: string | null = null;

  if (RESEND_API_KEY) {
    const result = await new Resend(RESEND_API_KEY).emails
      .send({
        from: EMAIL_FROM,
        to: message.to,
        subject: message.subject,
        html,
        text,
        ...(attachments.length ? { attachments: attachments.map((a) => ({ filename: a.fileName, content: Buffer.from(a.data), contentType: a.contentType })) } : {}),
      })
      .catch((e: unknown) => ({ data: null, error: { message: String(e) } }));
    status = result.error ? 'failed' : 'sent';
    providerId = result.data?.id ?? null;
    error = result.error?.message ?? null;
  }

  const kept = RESEND_API_KEY ? { html: redactLinkQueries(html), text: redactLinkQueries(text) } : { html, text };
  const db = await getDb();
  const [row] = await db
    .insert(emailOutbox)
    .values({ tenantId: message.tenantId, to: message.to, subject: message.subject, template: message.template, ...kept, status, providerId, error })
    .returning();
  if (attachments.length) {
    await db.insert(emailAttachments).values(attachments.map((a) => ({ emailId: row.id, fileName: a.fileName, contentType: a.contentType, data: Buffer.from(a.data) })));
  }
  return row;
}
