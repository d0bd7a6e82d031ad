import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { transaction } from '@/lib/db/client';
import { emailAttachments, emailOutbox } from '@/lib/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { deliverQueued, MAX_ATTEMPTS, retryDelayMinutes } from '@/lib/email/delivery';
import { sendEmail } from '@/lib/email/send';
import { PasswordResetEmail } from '@/lib/email/templates/password-reset';
import { demo } from '../support/demo';

/** Resend's HTTP API as a local server: answers 500 while `down`, records what it accepted with its idempotency key. */
const accepted: { to: string; html: string; key: string | undefined; attachments: number }[] = [];
let down = false;
let server: Server;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      res.setHeader('content-type', 'application/json');
      if (down) {
        res.statusCode = 500;
        return res.end(JSON.stringify({ name: 'internal_server_error', message: 'Resend is down', statusCode: 500 }));
      }
      const mail = JSON.parse(body) as { to: string[] | string; html: string; attachments?: unknown[] };
      accepted.push({ to: String(mail.to), html: mail.html, key: req.headers['idempotency-key'] as string | undefined, attachments: mail.attachments?.length ?? 0 });
      res.end(JSON.stringify({ id: `msg_${accepted.length}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.env.RESEND_BASE_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.RESEND_API_KEY = 're_local_test';
  resetEnvForTests();
});

afterAll(async () => {
  process.env.RESEND_API_KEY = '';
  delete process.env.RESEND_BASE_URL;
  resetEnvForTests();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  down = false;
});

const url = 'http://acme.localhost:3000/set-password?token=queued-token-42';
const mail = (tenantId: string, to: string) => ({
  tenantId,
  to,
  subject: 'Reset',
  template: 'password-reset',
  body: PasswordResetEmail({ tenantName: 'Acme', firstName: 'C', url }),
  attachments: [{ fileName: 'note.txt', contentType: 'text/plain', data: new TextEncoder().encode('hello') }],
});
const minutes = (from: Date, n: number) => new Date(from.getTime() + n * 60_000);

describe('e-mail delivery through Resend', () => {
  it('is recorded with the work and sent once it commits, with its attachment and an idempotency key', async () => {
    const { db, acme } = await demo();
    const row = await transaction(async () => {
      const queued = await sendEmail(mail(acme.id, 'commit@example.com'));
      expect(queued.status).toBe('queued');
      expect(accepted.some((m) => m.to.includes('commit@example.com')), 'nothing leaves before the commit').toBe(false);
      return queued;
    });
    const sent = accepted.find((m) => m.to.includes('commit@example.com'));
    expect(sent?.key).toBe(`outbox-${row.id}`);
    expect(sent?.attachments).toBe(1);
    expect(sent?.html).toContain('token=queued-token-42');
    const [stored] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, row.id));
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, error: null, nextAttemptAt: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(`${stored.html}${stored.text}`).not.toContain('queued-token-42');
  });

  it('sends nothing, and records nothing, when the work is rolled back', async () => {
    const { db, acme } = await demo();
    await expect(
      transaction(async () => {
        await sendEmail(mail(acme.id, 'rolled-back@example.com'));
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(accepted.some((m) => m.to.includes('rolled-back@example.com'))).toBe(false);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'rolled-back@example.com'))).toEqual([]);
  });

  it('keeps a message while Resend is down, retries it with backoff, and sends it exactly once when Resend is back', async () => {
    const { db, acme } = await demo();
    down = true;
    const first = await sendEmail(mail(acme.id, 'retry@example.com'));
    expect(first).toMatchObject({ status: 'queued', attempts: 1, error: 'Resend is down' });
    expect(first.nextAttemptAt!.getTime() - first.lastAttemptAt!.getTime()).toBe(retryDelayMinutes(1) * 60_000);

    // Not due yet: a run now leaves it alone.
    expect((await deliverQueued({ ids: [first.id], now: minutes(first.lastAttemptAt!, 0.5) })).length).toBe(0);

    // Due: tried again, still down; the next attempt waits four times longer.
    const [second] = await deliverQueued({ ids: [first.id], now: minutes(first.lastAttemptAt!, 1) });
    expect(second).toMatchObject({ status: 'queued', attempts: 2 });
    expect(second.nextAttemptAt!.getTime() - second.lastAttemptAt!.getTime()).toBe(retryDelayMinutes(2) * 60_000);

    down = false;
    const later = minutes(second.lastAttemptAt!, retryDelayMinutes(2));
    const [runA, runB] = await Promise.all([deliverQueued({ now: later }), deliverQueued({ now: later })]);
    const settled = [...runA, ...runB].filter((m) => m.id === first.id);
    expect(settled.map((m) => m.status)).toEqual(['sent']);
    expect(accepted.filter((m) => m.to.includes('retry@example.com'))).toHaveLength(1);
    expect(await deliverQueued({ now: minutes(later, 10_000) })).toEqual([]);
    const [stored] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, first.id));
    expect(stored).toMatchObject({ status: 'sent', attempts: 3, error: null });
  });

  it(`gives up after ${MAX_ATTEMPTS} attempts and marks the message failed, keeping its last error`, async () => {
    const { db, acme } = await demo();
    down = true;
    let row = await sendEmail(mail(acme.id, 'gives-up@example.com'));
    while (row.status === 'queued') [row] = await deliverQueued({ ids: [row.id], now: row.nextAttemptAt! });
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS, error: 'Resend is down', nextAttemptAt: null });
    down = false;
    expect(await deliverQueued({ ids: [row.id], now: minutes(new Date(), 100_000) })).toEqual([]);
    expect(accepted.some((m) => m.to.includes('gives-up@example.com'))).toBe(false);
    const files = await db.select().from(emailAttachments).where(eq(emailAttachments.emailId, row.id));
    expect(files).toHaveLength(1);
  });
});
