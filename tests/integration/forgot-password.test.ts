/**
 * "Ask for a new link" answers before it looks anything up, so its timing says nothing about whether the
 * account exists: the look-up and the e-mail run after the response (next/server's `after`, stood in for here).
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { emailOutbox, oneTimeTokens } from '@/lib/db/schema';
import { demo } from '../support/demo';

const later = vi.hoisted(() => [] as (() => Promise<unknown>)[]);
vi.mock('next/server', async (original) => ({ ...(await original<typeof import('next/server')>()), after: (task: () => Promise<unknown>) => later.push(task) }));
vi.mock('next/headers', () => ({ headers: async () => new Headers({ host: 'acme.localhost:3000' }), cookies: async () => ({ get: () => undefined }) }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => null }));

const { requestLinkAction } = await import('@/app/s/[tenant]/(auth)/actions');

function form(logon: string) {
  const data = new FormData();
  data.set('logon', logon);
  return data;
}

describe('forgot password', () => {
  it('gives the same answer for a real account and for nobody, and sends the link only after answering', async () => {
    const { db, acme, contact } = await demo();
    const franco = await contact(acme.id, 'franco@coolair.com');
    const links = () => db.select().from(oneTimeTokens).where(and(eq(oneTimeTokens.tenantId, acme.id), eq(oneTimeTokens.contactId, franco.id)));

    const real = await requestLinkAction({}, form('franco@coolair.com'));
    const nobody = await requestLinkAction({}, form('nobody@coolair.com'));
    expect(real).toEqual(nobody);
    expect(real.success).toBeTruthy();
    expect(await links()).toEqual([]);
    expect(later).toHaveLength(2);

    for (const task of later.splice(0)) await task();
    expect((await links()).map((l) => l.purpose)).toEqual(['password_reset']);
    expect(await db.select().from(emailOutbox).where(eq(emailOutbox.to, 'franco@coolair.com'))).toHaveLength(1);
  });
});
