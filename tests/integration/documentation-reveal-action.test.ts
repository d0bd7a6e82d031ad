/**
 * The portal's Reveal as the browser calls it: the real server action, with Next's request APIs stood in for by a
 * cookie jar and the request's headers, so the session, the preview refusal and the caller's address are the
 * action's own.
 */
import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, documentationRecords } from '@/lib/db/schema';
import { demo } from '../support/demo';
import { staffOp } from '../support/work';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), forwardedFor: '' }));
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined) }),
  headers: async () => new Headers({ host: 'acme.localhost:3000', 'user-agent': 'vitest', ...(request.forwardedFor ? { 'x-forwarded-for': request.forwardedFor } : {}) }),
}));
const refreshed = vi.hoisted(() => ({ count: 0 }));
vi.mock('next/cache', () => ({ refresh: () => void refreshed.count++ }));
vi.mock('next-intl/server', () => ({ getTranslations: async () => (key: string) => key }));
vi.mock('@/lib/auth/staff', () => ({ getStaff: async () => null }));

const { CLIENT_COOKIE } = await import('@/lib/auth/client');
const { createSession } = await import('@/lib/auth/sessions');
const preview = await import('@/lib/auth/preview');
const { PREVIEW_READ_ONLY, SESSION_ENDED } = await import('@/lib/actions');
const { LEVEL_REFUSED } = await import('@/lib/pipeline');
const { revealDocumentationAction } = await import('@/app/s/[tenant]/(portal)/documentation/actions');

const createPreviewHandoff = staffOp(preview.createPreviewHandoff, 'portal.preview', 'preview.handoff');

async function signedIn(email: string) {
  const d = await demo();
  const contact = await d.contact(d.acme.id, email);
  request.cookies.clear();
  request.cookies.set(CLIENT_COOKIE, await createSession({ tenantId: d.acme.id, kind: 'client', contactId: contact.id, sessionVersion: contact.sessionVersion }));
  return contact;
}

async function setup() {
  const d = await demo();
  const record = async (name: string) =>
    (
      await d.db
        .select()
        .from(documentationRecords)
        .where(and(eq(documentationRecords.tenantId, d.acme.id), eq(documentationRecords.name, name)))
    )[0];
  const reveals = () =>
    d.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, d.acme.id), eq(auditLog.action, 'documentation.client_reveal')));
  return { ...d, record, reveals };
}

const form = (recordId: string) => {
  const data = new FormData();
  data.set('recordId', recordId);
  return data;
};

beforeEach(() => {
  request.cookies.clear();
  request.forwardedFor = '';
  refreshed.count = 0;
});

describe('the portal Reveal action', () => {
  it('answers Nataliya with the password once, records her address, and refreshes nothing', async () => {
    const s = await setup();
    const nataliya = await signedIn('nataliya@coolair.com');
    request.forwardedFor = '198.51.100.23';
    const bms = await s.record('Building management system');
    const before = (await s.reveals()).length;
    const state = await revealDocumentationAction({}, form(bms.id));
    expect(state).toMatchObject({ secret: 'Thermo-Sh4red-2026!' });
    expect(state.success).toBeTruthy();
    expect(refreshed.count).toBe(0);
    const rows = await s.reveals();
    expect(rows).toHaveLength(before + 1);
    const row = rows.find((r) => r.ip === '198.51.100.23');
    expect(row).toMatchObject({ actorType: 'client', actorId: nataliya.id, targetId: bms.id });
    expect(JSON.stringify(row)).not.toContain('Thermo-Sh4red-2026!');
  });

  it('refuses Franco (no "view passwords"), a forged id, and no session; records nothing', async () => {
    const s = await setup();
    const before = (await s.reveals()).length;
    const license = await s.record('Microsoft 365 Business Standard');
    expect(await revealDocumentationAction({}, form(license.id))).toEqual({ error: SESSION_ENDED });
    await signedIn('franco@coolair.com');
    expect(await revealDocumentationAction({}, form(license.id))).toEqual({ error: LEVEL_REFUSED });
    await signedIn('nataliya@coolair.com');
    const notAnId = await revealDocumentationAction({}, form('not-an-id'));
    expect(notAnId.secret).toBeUndefined();
    expect(notAnId.fieldErrors?.recordId).toBeTruthy();
    const router = await revealDocumentationAction({}, form((await s.record('Office router')).id));
    expect(router).toEqual({ error: 'That documentation record was not found.' });
    expect(await s.reveals()).toHaveLength(before);
  });

  it('refuses a staff preview (View as client) of a Manager', async () => {
    const s = await setup();
    const owner = { tenant: s.acme, user: await s.staff(s.acme.id, 'owner@acme.test') };
    const nataliya = await s.contact(s.acme.id, 'nataliya@coolair.com');
    const { url } = await createPreviewHandoff(owner, nataliya.id);
    const token = await preview.startPreview(s.acme, new URL(url).searchParams.get('token')!, {});
    expect(token).toBeTruthy();
    request.cookies.set(preview.PREVIEW_COOKIE, token!);
    const before = (await s.reveals()).length;
    expect(await revealDocumentationAction({}, form((await s.record('Building management system')).id))).toEqual({ error: PREVIEW_READ_ONLY });
    expect(await s.reveals()).toHaveLength(before);
  });
});
