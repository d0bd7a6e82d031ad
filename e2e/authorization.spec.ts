/**
 * Every server action and route handler of the build — read from Next's own manifests, not from a list kept by
 * hand — is called as an attacker would replay it: with no session, as staff of another tenant, as staff without
 * the permission, as a client in a preview, and as a Basic client (refused every action their level lacks). Each must refuse and leave the whole database as it was.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import { ROOT, adminUrl, clientSession, rawRequest, signInStaff, tenantUrl } from './fixtures';

const SOME_ID = '00000000-0000-4000-8000-000000000000';

const send = (host: string, path: string, method: string, headers: Record<string, string>, body?: string) => rawRequest(host, path, method, headers, body);

async function digest(): Promise<Record<string, string>> {
  const reply = await send(ROOT, '/api/test-hooks?what=digest', 'GET', {});
  expect(reply.status).toBe(200);
  return JSON.parse(reply.body);
}

const hostOf = (area: 'admin' | 'portal', slug = 'acme') => (area === 'admin' ? `${slug}.admin.${ROOT}` : `${slug}.${ROOT}`);

/** `app/s/[tenant]/admin/(shell)/projects/[projectId]/page` → the address it answers on, and on which host. */
function addressOf(file: string): { area: 'admin' | 'portal'; path: string } {
  const path =
    file
      .replace(/^app\/s\/\[tenant\]/, '')
      .replace(/\/(page|route)$/, '')
      .split('/')
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => (/^\[.*\]$/.test(segment) ? SOME_ID : segment))
      .join('/') || '/';
  return { area: path.startsWith('/admin') ? 'admin' : 'portal', path };
}

type Kind = 'staff' | 'staff-own' | 'client' | 'public' | 'session';
type Declared = { kind: Kind; permission?: string };

/** What an action declares, read from its source: the wrapper it is built with, and the permission it names. */
function declarationOf(file: string, name: string): Declared | null {
  const source = readFileSync(file, 'utf8');
  const match = new RegExp(`export const ${name} = (staffAction|clientAction|validatedAction|sessionAction)\\(`).exec(source);
  if (!match) return null;
  const wrapper = match[1] as 'staffAction' | 'clientAction' | 'validatedAction' | 'sessionAction';
  if (wrapper === 'validatedAction' || wrapper === 'sessionAction') return { kind: wrapper === 'validatedAction' ? 'public' : 'session' };
  const rest = source.slice(match.index + match[0].length);
  // `permission: 'x'`, `permission: logins` or the shorthand `permission,`, with the constant `const logins = 'x' as const;`
  const named = /permission(?:: (?:'([^']+)'|(\w+)))?[,\s}]/.exec(rest.slice(0, rest.indexOf('async')));
  const constant = named && !named[1] ? (named[2] ?? 'permission') : undefined;
  const permission = named?.[1] ?? (constant ? new RegExp(`const ${constant} = '([^']+)'`).exec(source)?.[1] : undefined);
  expect(permission, `${name} in ${file} declares a permission`).toBeTruthy();
  if (wrapper === 'clientAction') return { kind: 'client', permission };
  return { kind: permission === 'own_account' ? 'staff-own' : 'staff', permission };
}

/** What the built-in Basic level allows (drizzle/0001): a Basic user is refused everything else by the level check. */
const BASIC = ['tickets.own', 'projects.member', 'tickets.create', 'projects.work', 'knowledge_base.view', 'documentation.view', 'own_account'];

type Identity = { name: string; cookies: Partial<Record<'admin' | 'portal', string>> };

async function cookieOf(browser: Browser, email: string, slug: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInStaff(page, email, undefined, slug);
  const cookie = (await context.cookies()).find((c) => c.name === 'cp_staff');
  await context.close();
  expect(cookie, `a staff cookie for ${email}`).toBeTruthy();
  return `cp_staff=${cookie!.value}`;
}

async function clientCookie(browser: Browser, logon: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await clientSession(page, logon);
  const cookie = (await context.cookies()).find((c) => c.name === 'cp_client');
  await context.close();
  expect(cookie, `a client cookie for ${logon}`).toBeTruthy();
  return `cp_client=${cookie!.value}`;
}

async function previewCookie(browser: Browser): Promise<string> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signInStaff(admin, 'owner@acme.test');
  await admin.goto(adminUrl('acme', '/admin/portal-access?q=franco%40coolair.com'));
  const [preview] = await Promise.all([context.waitForEvent('page'), admin.getByRole('button', { name: 'View Portal as franco@coolair.com' }).click()]);
  await expect(preview).toHaveURL(tenantUrl('acme', '/home'));
  const cookie = (await context.cookies()).find((c) => c.name === 'cp_preview');
  await context.close();
  expect(cookie, 'a preview cookie').toBeTruthy();
  return `cp_preview=${cookie!.value}`;
}

test.describe.configure({ mode: 'serial' });
test.setTimeout(300_000);

let identities: Identity[];

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const otherTenantStaff = await cookieOf(browser, 'owner@globex.test', 'globex');
  const withoutPermission = await cookieOf(browser, 'helpdesk@acme.test', 'acme');
  const preview = await previewCookie(browser);
  const basicClient = await clientCookie(browser, 'franco@coolair.com');
  identities = [
    { name: 'no session', cookies: {} },
    { name: 'staff of another tenant', cookies: { admin: otherTenantStaff, portal: otherTenantStaff } },
    { name: 'staff without the permission', cookies: { admin: withoutPermission, portal: withoutPermission } },
    { name: 'a client in preview', cookies: { admin: preview, portal: preview } },
    { name: 'a Basic client', cookies: { admin: basicClient, portal: basicClient } },
  ];
});

/** The refusal each kind of action must answer each caller with (null: only that nothing changes). */
function expectedRefusal({ kind, permission }: Declared, identity: Identity): RegExp | null {
  if (kind === 'public' || kind === 'session') return null;
  if (kind === 'client' && identity.name === 'a Basic client') return BASIC.includes(permission!) ? null : /Your security level does not allow this/;
  if (kind === 'client') return identity.name === 'a client in preview' ? /Preview is read-only/ : /Your session has ended/;
  if (identity.name === 'staff without the permission') return kind === 'staff' ? /You do not have permission to/ : null;
  return /Your session has ended/;
}

test('every server action refuses callers without the right, changing nothing', async () => {
  const manifest = JSON.parse(readFileSync('.next/server/server-reference-manifest.json', 'utf8')) as {
    node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
  };
  const actions = Object.entries(manifest.node);
  expect(actions.length).toBeGreaterThan(40);
  const undeclared = actions.filter(([, a]) => !declarationOf(a.filename, a.exportedName)).map(([, a]) => `${a.filename} ${a.exportedName}`);
  expect(undeclared, 'every action is built with staffAction, clientAction, validatedAction or sessionAction').toEqual([]);

  for (const [id, action] of actions) {
    const declared = declarationOf(action.filename, action.exportedName)!;
    const { area, path } = addressOf(Object.keys(action.workers)[0]);
    const host = hostOf(area);
    // Sign out, Log Off and End preview end only the caller's own session: only the anonymous call is theirs to refuse.
    // A Basic client acting within their own rights (their account, their tickets) is a real user, not an attacker:
    // they are called only where they must be refused.
    const callers = (declared.kind === 'session' ? identities.slice(0, 1) : identities).filter(
      (identity) => identity.name !== 'a Basic client' || expectedRefusal(declared, identity) !== null,
    );
    const before = await digest();
    for (const identity of callers) {
      const reply = await send(
        host,
        path,
        'POST',
        {
          'next-action': id,
          origin: `http://${host}`,
          accept: 'text/x-component',
          'content-type': 'text/plain;charset=UTF-8',
          ...(identity.cookies[area] ? { cookie: identity.cookies[area]! } : {}),
        },
        '[]',
      );
      const what = `${action.exportedName} (${action.filename}) as ${identity.name}`;
      expect(reply.status, what).toBeLessThan(500);
      const refusal = expectedRefusal(declared, identity);
      if (refusal) expect(reply.body, what).toMatch(refusal);
    }
    expect(await digest(), `${action.exportedName} changed the database`).toEqual(before);
  }
});

/**
 * Route handlers that staff without "edit" permissions may legitimately GET: downloads of a list every staff member
 * of the tenant already sees on screen. Only that identity, only GET; every other caller must still be refused.
 */
const VIEW_ONLY_STAFF_READS = new Set([
  // The staff Invoices list as CSV (the list itself needs only a staff session).
  '/s/[tenant]/admin/(shell)/invoices/csv/route',
  // The staff company combobox: the list filters (Projects, Tickets, Invoices) are view-only staff's too, and the
  // Companies list already shows them every name. (Contact search needs tickets.edit and is not listed.)
  '/s/[tenant]/admin/(shell)/companies/search/route',
]);

test('every route handler refuses callers without the right, changing nothing', async () => {
  const routes = Object.keys(JSON.parse(readFileSync('.next/server/app-paths-manifest.json', 'utf8')) as Record<string, string>)
    .filter((key) => key.endsWith('/route'))
    // The e2e-only seam that ages links exists only on this test server (E2E_TEST_HOOKS=1).
    .filter((key) => !key.startsWith('/api/test-hooks'));
  expect(routes.length).toBeGreaterThan(4);
  for (const route of routes) {
    const { area, path } = addressOf(`app${route}`);
    const areas: ('admin' | 'portal')[] = route.startsWith('/api/') ? ['admin', 'portal'] : [area];
    const before = await digest();
    for (const where of areas) {
      const host = hostOf(where);
      for (const identity of identities) {
        for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
          const headers: Record<string, string> = { origin: `http://${host}`, ...(identity.cookies[where] ? { cookie: identity.cookies[where]! } : {}) };
          const reply = await send(host, path, method, headers, method === 'GET' ? undefined : '');
          expect(reply.status, `${method} ${host}${path} as ${identity.name}`).toBeLessThan(500);
          if (method === 'GET' && identity.name === 'staff without the permission' && VIEW_ONLY_STAFF_READS.has(route)) {
            expect(reply.status, `${method} ${host}${path} as ${identity.name}, a read they have on screen`).toBe(200);
            continue;
          }
          expect(reply.status, `${method} ${host}${path} as ${identity.name}`).not.toBe(200);
        }
      }
    }
    expect(await digest(), `${route} changed the database`).toEqual(before);
  }
});
