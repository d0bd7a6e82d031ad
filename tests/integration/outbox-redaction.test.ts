import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { emailOutbox } from '@/lib/db/schema';
import { resetEnvForTests } from '@/lib/env';
import { linksIn } from '@/lib/email/links';
import { sendEmail } from '@/lib/email/send';
import { PasswordResetEmail } from '@/lib/email/templates/password-reset';
import { demo } from '../support/demo';

const delivered = vi.hoisted(() => [] as { html: string; text: string }[]);
vi.mock('resend', () => ({
  Resend: class {
    emails = {
      send: async (mail: { html: string; text: string }) => {
        delivered.push(mail);
        return { data: { id: 'msg_1' }, error: null };
      },
    };
  },
}));

const url = 'http://acme.localhost:3000/set-password?token=live-token-123';
const mail = (tenantId: string) => ({ tenantId, to: 'c@d.e', subject: 'Reset', template: 'password-reset', body: PasswordResetEmail({ tenantName: 'Acme', firstName: 'C', url }) });

describe('the outbox record of a message', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    resetEnvForTests();
  });

  it('keeps usable links while the outbox is the delivery channel', async () => {
    const { acme } = await demo();
    vi.stubEnv('RESEND_API_KEY', '');
    resetEnvForTests();
    const row = await sendEmail(mail(acme.id));
    expect(row.status).toBe('outbox');
    expect(linksIn(row.html)).toEqual([url]);
    expect(row.text).toContain(url);
  });

  it('never holds the token once Resend delivers: the recipient gets it, the record does not', async () => {
    const { db, acme } = await demo();
    vi.stubEnv('RESEND_API_KEY', 're_test');
    resetEnvForTests();
    const row = await sendEmail(mail(acme.id));
    expect(row.status).toBe('sent');
    expect(delivered.at(-1)!.html).toContain('token=live-token-123');
    expect(delivered.at(-1)!.text).toContain('token=live-token-123');
    const [stored] = await db.select().from(emailOutbox).where(eq(emailOutbox.id, row.id));
    expect(linksIn(stored.html)).toEqual(['http://acme.localhost:3000/set-password?token=[redacted]']);
    expect(`${stored.html}${stored.text}`).not.toContain('live-token-123');
    expect(stored.text).toContain('set-password?token=[redacted]');
  });
});
