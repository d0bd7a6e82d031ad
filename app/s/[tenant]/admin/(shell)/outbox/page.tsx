import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { can, requireStaff } from '@/lib/auth/staff';
import { EmptyMessage, FilterBox, Pager } from '@/components/ui/list-controls';
import { getAttachmentsOf, getOutboxPage } from '@/lib/email/queries';
import { OUTBOX_LIST_DEFAULTS, outboxListSchema } from '@/lib/email/schemas';
import { linksIn, redactLinkQueries } from '@/lib/email/links';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Outbox' };

const statusStyle = { outbox: 'bg-zinc-100 text-zinc-700', queued: 'bg-amber-100 text-amber-800', sent: 'bg-green-100 text-green-800', failed: 'bg-red-100 text-red-800' };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { tenant, user } = await requireStaff();
  if (!can(user, 'organization_settings.edit')) notFound();
  // Without an e-mail service the outbox is the delivery channel; with one, it never shows a usable link
  // (messages recorded before it was configured included).
  const delivering = Boolean(env().RESEND_API_KEY);
  const shown = delivering ? redactLinkQueries : (content: string) => content;
  const params = outboxListSchema.parse(await searchParams);
  const list = { params, defaults: OUTBOX_LIST_DEFAULTS };
  const { rows: messages, total } = await getOutboxPage({ tenantId: tenant.id, params });
  const attachments = await getAttachmentsOf({ tenantId: tenant.id, emailIds: messages.map((m) => m.id) });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Outbox</h1>
      <p className="text-sm text-zinc-600">Every e-mail this workspace sent, newest first. Without an e-mail service configured, messages stay here.</p>
      <FilterBox id="outbox-filter" placeholder="Recipient or subject" {...list} />
      {messages.length === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 p-6 text-center text-zinc-500">
          <EmptyMessage total={total} filtered={Boolean(params.q)} noMatch={`No e-mails match “${params.q}”.`} none="No e-mail has been sent yet." {...list} />
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Sent e-mails">
          {messages.map((m) => (
            <li key={m.id} className="rounded-lg border border-zinc-200 bg-white p-4 shadow-sm" aria-label={`${m.subject} to ${m.to}`}>
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-medium">{m.subject}</h2>
                <span className={`rounded px-2 py-0.5 text-xs ${statusStyle[m.status]}`}>{m.status}</span>
              </div>
              <Delivery message={m} />
              <p className="text-sm text-zinc-600">
                To <span data-testid="outbox-to">{m.to}</span> · <time dateTime={m.createdAt.toISOString()}>{m.createdAt.toISOString().replace('T', ' ').slice(0, 19)} UTC</time>
              </p>
              <ul className="mt-2 space-y-1 text-sm">
                {linksIn(shown(m.html)).map((href) => (
                  <li key={href} className="break-all">
                    {delivering ? (
                      <span className="text-zinc-600">{href}</span>
                    ) : (
                      <a href={href} className="text-brand-600 underline">
                        {href}
                      </a>
                    )}
                  </li>
                ))}
              </ul>
              {attachments.some((a) => a.emailId === m.id) && (
                <ul className="mt-2 flex flex-wrap gap-2 text-sm" aria-label="Attachments">
                  {attachments
                    .filter((a) => a.emailId === m.id)
                    .map((a) => (
                      <li key={a.id}>
                        <a href={`/admin/outbox/attachments/${a.id}`} className="text-brand-600 underline" download>
                          📎 {a.fileName}
                        </a>
                      </li>
                    ))}
                </ul>
              )}
              <details className="mt-2 text-sm">
                <summary className="cursor-pointer text-zinc-500">Message text</summary>
                <pre className="mt-2 whitespace-pre-wrap rounded bg-zinc-50 p-3 font-sans text-zinc-700">{shown(m.text)}</pre>
              </details>
            </li>
          ))}
        </ul>
      )}
      <Pager total={total} rowCount={messages.length} {...list} />
    </div>
  );
}

const when = (at: Date) => `${at.toISOString().replace('T', ' ').slice(0, 19)} UTC`;

/** A message's delivery so far: attempts, when it was sent or will be tried again, and the last error. */
function Delivery({ message: m }: { message: { attempts: number; lastAttemptAt: Date | null; nextAttemptAt: Date | null; sentAt: Date | null; error: string | null } }) {
  return (
    <dl className="mt-1 flex flex-wrap gap-x-4 text-xs text-zinc-600">
      <div className="flex gap-1">
        <dt>Attempts</dt>
        <dd>{m.attempts}</dd>
      </div>
      {m.lastAttemptAt && (
        <div className="flex gap-1">
          <dt>Last attempt</dt>
          <dd>{when(m.lastAttemptAt)}</dd>
        </div>
      )}
      {m.sentAt && (
        <div className="flex gap-1">
          <dt>Sent</dt>
          <dd>{when(m.sentAt)}</dd>
        </div>
      )}
      {m.nextAttemptAt && (
        <div className="flex gap-1">
          <dt>Next attempt</dt>
          <dd>{when(m.nextAttemptAt)}</dd>
        </div>
      )}
      {m.error && (
        <div className="flex gap-1 text-red-700">
          <dt>Last error</dt>
          <dd>{m.error}</dd>
        </div>
      )}
    </dl>
  );
}
