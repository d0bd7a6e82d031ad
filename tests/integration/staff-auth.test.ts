/**
 * Staff sign-in through Auth.js as a browser or a script reaches it: the route handler of /api/auth/*
 * (CSRF token, credentials callback, e-mail link, session) and the sign-in form's server action. Next's
 * request APIs are stood in for by the request being handled.
 */
import { and, count, desc, eq, like, sql } from 'drizzle-orm';
import { NextRequest } from 'next/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { auditLog, emailOutbox, users, verificationTokens } from '@/lib/db/schema';
import { DEMO_PASSWORD } from '@/lib/db/seed';
import { linksIn } from '@/lib/email/links';
import { resetEnvForTests } from '@/lib/env';
import { demo } from '../support/demo';

const current = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => current.headers,
  cookies: async () => ({ get: () => undefined, set: () => {}, delete: () => {} }),
}));
vi.mock('next/cache', () => ({ refresh: () => {} }));

const route = await import('@/app/api/auth/[...nextauth]/route');
const { signInWithPassword } = await import('@/app/s/[tenant]/admin/(auth)/sign-in/actions');
const { endUserSessions } = await import('@/lib/auth/sessions');

type Call = { host: string; path: string; cookie?: string; form?: Record<string, string>; forwardedFor?: string };

/** One request to /api/auth/*, as the route handler sees it. */
async function call({ host, path, cookie, form, forwardedFor }: Call) {
  const headers = new Headers({ host });
  if (cookie) headers.set('cookie', cookie);
  if (forwardedFor) headers.set('x-forwarded-for', forwardedFor);
  if (form) headers.set('content-type', 'application/x-www-form-urlencoded');
  current.headers = headers;
  const request = new NextRequest(`http://${host}${path}`, { method: form ? 'POST' : 'GET', headers, body: form ? new URLSearchParams(form) : undefined });
  return form ? route.POST(request) : route.GET(request);
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(';')[0]);
const acmeAdmin = 'acme.admin.localhost:3000';

/** A password sign-in posted straight to Auth.js's credentials callback, CSRF token and all. */
async function postCredentials(email: string, password: string, options: { host?: string; forwardedFor?: string } = {}) {
  const host = options.host ?? acmeAdmin;
  const csrf = await call({ host, path: '/api/auth/csrf' });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await call({
    host,
    path: '/api/auth/callback/credentials',
    cookie: cookiesOf(csrf).join('; '),
    form: { csrfToken, email, password, callbackUrl: '/admin' },
    forwardedFor: options.forwardedFor,
  });
  const location = new URL(response.headers.get('location') ?? '', `http://${host}`);
  const session = cookiesOf(response).find((c) => c.startsWith('cp_staff='));
  return { code: location.searchParams.get('code'), location, session };
}

function formOf(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

beforeEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
  resetEnvForTests();
});

describe('the staff sign-in limit', () => {
  it('locks an account after 5 wrong passwords posted to the credentials callback, and then refuses the right one', async () => {
    const { db, acme } = await demo();
    for (let i = 1; i <= 4; i++) expect((await postCredentials('Helpdesk@acme.test', `wrong-${i}`, { forwardedFor: `198.51.100.${i}` })).code).toBe('credentials');
    expect((await postCredentials('helpdesk@acme.test', 'wrong-5', { forwardedFor: '198.51.100.5' })).code).toBe('locked');

    const right = await postCredentials('helpdesk@acme.test', DEMO_PASSWORD, { forwardedFor: '198.51.100.6' });
    expect(right.code).toBe('locked');
    expect(right.location.pathname).toBe('/admin/sign-in');
    expect(right.session).toBeUndefined();

    const [failed] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.tenantId, acme.id), eq(auditLog.action, 'staff.sign_in_failed'), eq(sql`lower(${auditLog.details}->>'email')`, 'helpdesk@acme.test')));
    expect(failed.n).toBe(6);
  });

  it('counts the form (server action) and the callback against the same account', async () => {
    await demo();
    current.headers = new Headers({ host: acmeAdmin });
    for (let i = 0; i < 3; i++) expect((await postCredentials('owner@acme.test', 'wrong')).code).toBe('credentials');
    current.headers = new Headers({ host: acmeAdmin });
    expect(await signInWithPassword({}, formOf({ email: 'owner@acme.test', password: 'wrong' }))).toEqual({ error: 'Incorrect e-mail or password.' });
    expect(await signInWithPassword({}, formOf({ email: 'owner@acme.test', password: 'wrong' }))).toEqual({
      error: 'Too many failed sign-ins: this account is locked for 15 minutes.',
    });
    expect(await signInWithPassword({}, formOf({ email: 'owner@acme.test', password: DEMO_PASSWORD }))).toEqual({
      error: 'Too many failed sign-ins: this account is locked for 15 minutes.',
    });
    expect((await postCredentials('owner@acme.test', DEMO_PASSWORD)).code).toBe('locked');
  });

  it('locks a client address after 20 failures, however the client rotates its own X-Forwarded-For', async () => {
    await demo();
    process.env.TRUSTED_PROXY_HOPS = '1';
    resetEnvForTests();
    const viaProxy = (i: number) => `10.${i}.0.1, 192.0.2.44`;
    for (let i = 0; i < 20; i++) await postCredentials(`nobody-${i}@acme.test`, 'wrong', { forwardedFor: viaProxy(i) });
    expect((await postCredentials('nobody-new@acme.test', 'wrong', { forwardedFor: viaProxy(99) })).code).toBe('locked');
    // Another client behind the same proxy is not affected.
    expect((await postCredentials('nobody-new@acme.test', 'wrong', { forwardedFor: '192.0.2.45' })).code).toBe('credentials');
  });

  it('lets a right password in while nothing is locked', async () => {
    await demo();
    const { session, location } = await postCredentials('owner@globex.test', DEMO_PASSWORD, { host: 'globex.admin.localhost:3000' });
    expect(session).toBeDefined();
    expect(location.pathname).toBe('/admin');
  });
});

describe('Auth.js on the admin host only', () => {
  it('answers 404 on the root domain, portal hosts and unknown tenants', async () => {
    for (const host of ['localhost:3000', 'acme.localhost:3000', 'nope.admin.localhost:3000', 'www.admin.localhost:3000']) {
      for (const path of ['/api/auth/session', '/api/auth/csrf', '/api/auth/providers']) {
        expect((await call({ host, path })).status, `${host}${path}`).toBe(404);
      }
      expect((await call({ host, path: '/api/auth/callback/credentials', form: { email: 'owner@acme.test', password: DEMO_PASSWORD } })).status).toBe(404);
    }
    expect((await call({ host: acmeAdmin, path: '/api/auth/csrf' })).status).toBe(200);
  });

  it('reveals a session only on its own tenant’s host, and only while it lives', async () => {
    const { globex, staff } = await demo();
    const globexAdmin = 'globex.admin.localhost:3000';
    const { session } = await postCredentials('owner@globex.test', DEMO_PASSWORD, { host: globexAdmin });
    expect(session).toBeDefined();
    const read = async (host: string) => (await call({ host, path: '/api/auth/session', cookie: session })).json();

    expect(await read(globexAdmin)).toMatchObject({ user: { email: 'owner@globex.test' } });
    expect(await read(acmeAdmin)).toBeNull();

    await endUserSessions(globex.id, (await staff(globex.id, 'owner@globex.test')).id);
    expect(await read(globexAdmin)).toBeNull();
  });
});

describe('e-mail sign-in links', () => {
  async function requestLink(email: string) {
    const { db } = await demo();
    const csrf = await call({ host: acmeAdmin, path: '/api/auth/csrf' });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const asked = await call({ host: acmeAdmin, path: '/api/auth/signin/email', cookie: cookiesOf(csrf).join('; '), form: { csrfToken, email, callbackUrl: '/admin' } });
    expect(asked.status).toBe(302);
    const [mail] = await db.select().from(emailOutbox).where(eq(emailOutbox.to, email)).orderBy(desc(emailOutbox.createdAt)).limit(1);
    const link = new URL(linksIn(mail.html).find((l) => l.includes('/api/auth/callback/email'))!);
    return `${link.pathname}${link.search}`;
  }

  it('work only on their own tenant’s host, and a try elsewhere does not use them up', async () => {
    const { db, globex } = await demo();
    // The same person is staff of both tenants.
    await db.insert(users).values({ tenantId: globex.id, email: 'owner@acme.test', name: 'Olivia at Globex' });
    const path = await requestLink('owner@acme.test');
    const [stored] = await db.select().from(verificationTokens).where(like(verificationTokens.identifier, '%owner@acme.test'));
    expect(stored.identifier).not.toBe('owner@acme.test');

    const elsewhere = await call({ host: 'globex.admin.localhost:3000', path });
    expect(new URL(elsewhere.headers.get('location')!).searchParams.get('error')).toBe('Verification');
    expect(cookiesOf(elsewhere).some((c) => c.startsWith('cp_staff='))).toBe(false);

    const home = await call({ host: acmeAdmin, path });
    expect(new URL(home.headers.get('location')!).searchParams.get('error')).toBeNull();
    expect(cookiesOf(home).some((c) => c.startsWith('cp_staff=') && c.length > 'cp_staff='.length)).toBe(true);
  });
});
