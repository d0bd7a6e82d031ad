import { expect, test, type Browser, type Page } from '@playwright/test';
import { adminUrl, rawRequest, ROOT, signInStaff, tenantUrl } from './fixtures';

// Custom Code is tenant-wide: this file runs alone, after every other spec (project `isolation`).
test.describe.configure({ mode: 'serial' });

const ADMIN = adminUrl('acme', '');
const settingsUrl = adminUrl('acme', '/admin/settings/client-portal');
const root = (page: Page) => page.evaluate(() => ({ ...document.documentElement.dataset }));

/**
 * A hostile tenant script: it tries to read a staff page and to post a staff action (the admin Sign out form's
 * own action id, as an attacker could take from the public bundles); with `#frame` it frames a staff page.
 * It records what it saw on <html>.
 */
const hostileScript = (signOutField: string) => `(() => {
  const root = document.documentElement;
  root.dataset.customJs = 'ran';
  document.addEventListener('securitypolicyviolation', (e) => { root.dataset.blocked = ((root.dataset.blocked || '') + ' ' + e.effectiveDirective).trim(); });
  window.addEventListener('load', () => setTimeout(() => {
    if (location.hash === '#frame') {
      const frame = document.createElement('iframe');
      frame.title = 'staff page';
      frame.src = '${ADMIN}/admin/portal-access';
      frame.onload = () => { root.dataset.frameLoaded = 'yes'; };
      document.body.append(frame);
      return;
    }
    fetch('${ADMIN}/admin/outbox', { credentials: 'include' })
      .then(async (r) => 'read ' + r.type + ' ' + r.status + ' ' + (await r.text()).length)
      .catch((e) => 'refused ' + e.name)
      .then((seen) => {
        root.dataset.adminRead = seen;
        const form = document.createElement('form');
        form.method = 'post';
        form.enctype = 'multipart/form-data';
        form.action = '${ADMIN}/admin';
        const field = document.createElement('input');
        field.type = 'hidden';
        field.name = '${signOutField}';
        form.append(field);
        document.body.append(form);
        root.dataset.posting = 'yes';
        form.submit();
      });
  }, 0));
})();`;

async function staffPage(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInStaff(page, 'owner@acme.test');
  return page;
}

async function setCustomJs(page: Page, js: string) {
  await page.goto(settingsUrl);
  await page.getByLabel('Custom JavaScript').fill(js);
  await expect(page.getByTestId('custom-code-status')).toHaveText('All changes saved');
}

/** What the hostile script saw and was refused, once it tried both attacks. */
async function expectAttackFailed(page: Page) {
  await expect.poll(async () => (await root(page)).blocked ?? '').toContain('form-action');
  const seen = await root(page);
  expect(seen.customJs).toBe('ran');
  expect(seen.adminRead).toBe('refused TypeError');
  expect(seen.blocked).toContain('connect-src');
  expect(page.url().startsWith(tenantUrl('acme'))).toBe(true);
}

async function expectStillSignedIn(page: Page) {
  await page.goto(adminUrl('acme', '/admin'));
  await expect(page.getByText('Signed in as Olivia Owner')).toBeVisible();
}

let owner: Page;
let signOutField: string;

test.beforeAll(async ({ browser }) => {
  owner = await staffPage(browser);
  const field = owner.locator('header form input[type="hidden"][name^="$ACTION_ID_"]');
  signOutField = (await field.getAttribute('name'))!;
  expect(signOutField).toMatch(/^\$ACTION_ID_[0-9a-f]+$/);
  await setCustomJs(owner, hostileScript(signOutField));
});

test.afterAll(async () => {
  await setCustomJs(owner, '');
  await owner.context().close();
});

test('a tenant script on a portal page can neither read a staff page nor post a staff action', async ({ browser }) => {
  const staff = await staffPage(browser);
  await staff.goto(tenantUrl('acme', '/sign-in'));
  await expectAttackFailed(staff);
  await expectStillSignedIn(staff);
  await staff.context().close();
});

test('nor in a preview opened with View Portal', async ({ browser }) => {
  const staff = await staffPage(browser);
  await staff.goto(adminUrl('acme', '/admin/portal-access?q=franco%40coolair'));
  const tab = staff.context().waitForEvent('page');
  await staff.getByRole('button', { name: 'View Portal as franco@coolair.com' }).click();
  const preview = await tab;
  await expect(preview).toHaveURL(tenantUrl('acme', '/home'));
  await expect(preview.getByRole('region', { name: 'Preview' })).toBeVisible();
  await expectAttackFailed(preview);
  await expectStillSignedIn(staff);
  await staff.context().close();
});

test('the server refuses the staff action from another origin, and runs it from the staff origin', async ({ browser, playwright }) => {
  const staff = await staffPage(browser);
  const cookie = (await staff.context().cookies()).find((c) => c.name === 'cp_staff')!;
  // From Node, *.localhost does not resolve: call localhost with the staff origin's Host header.
  const api = await playwright.request.newContext();
  const post = (origin: string) =>
    api.post(`http://${ROOT}/admin`, { headers: { host: `acme.admin.${ROOT}`, origin, cookie: `cp_staff=${cookie.value}` }, multipart: { [signOutField]: '' }, maxRedirects: 0 });
  await post(tenantUrl('acme', ''));
  await expectStillSignedIn(staff);
  await post(ADMIN);
  await staff.goto(adminUrl('acme', '/admin'));
  await expect(staff.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await api.dispose();
  await staff.context().close();
});

test('old staff addresses land on the staff origin, path and query kept; the staff origin shows no portal page', async ({ browser }) => {
  const staff = await staffPage(browser);
  const response = await staff.goto(tenantUrl('acme', '/admin/portal-access?x=1'));
  expect(staff.url()).toBe(adminUrl('acme', '/admin/portal-access?x=1'));
  expect(await response!.request().redirectedFrom()!.response().then((r) => r!.status())).toBe(308);
  await expect(staff.getByRole('table', { name: 'Portal users' })).toBeVisible();
  await staff.goto(adminUrl('acme', '/sign-in'));
  expect(staff.url()).toBe(tenantUrl('acme', '/sign-in'));
  const root = await rawRequest(new URL(adminUrl('acme', '/')).host, '/', 'GET');
  expect([root.status, root.headers.location]).toEqual([307, adminUrl('acme', '/admin')]);
  await staff.context().close();
});

test('staff pages refuse to be framed, by a tenant script or by any other site', async ({ browser, page }) => {
  const staff = await staffPage(browser);
  const response = await staff.goto(adminUrl('acme', '/admin/portal-access'));
  expect(response!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(response!.headers()['x-frame-options']).toBe('DENY');

  await staff.goto(tenantUrl('acme', '/sign-in#frame'));
  await expect.poll(async () => (await root(staff)).frameLoaded).toBe('yes');
  expect((await root(staff)).blocked).toContain('frame-src');
  await expect(staff.frameLocator('iframe[title="staff page"]').getByRole('navigation', { name: 'Admin sections' })).toHaveCount(0);
  await staff.context().close();

  // A page without a policy of its own: only the staff page's frame-ancestors keeps it out.
  const framed = page.waitForResponse(adminUrl('acme', '/admin/sign-in'));
  await page.setContent(`<iframe title="staff page" src="${adminUrl('acme', '/admin/sign-in')}" onload="document.title = 'loaded'"></iframe>`);
  expect((await framed).status()).toBe(200);
  await expect(page).toHaveTitle('loaded');
  await expect(page.frameLocator('iframe[title="staff page"]').getByRole('heading', { name: 'Staff sign-in' })).toHaveCount(0);
});

test('every page has a CSP with a fresh nonce; the portal runs the tenant script with it, staff pages run none', async ({ browser }) => {
  const staff = await staffPage(browser);
  const violations: string[] = [];
  staff.on('console', (m) => m.text().includes('Content Security Policy') && violations.push(m.text()));
  const nonceOf = (csp: string | undefined) => /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp ?? '')?.[1];

  const admin = await staff.goto(adminUrl('acme', '/admin/settings/client-portal'));
  const adminNonce = nonceOf(admin!.headers()['content-security-policy']);
  expect(adminNonce).toBeTruthy();
  await expect(staff.getByLabel('Custom JavaScript')).not.toHaveValue('');
  expect((await root(staff)).customJs).toBeUndefined();
  expect(await staff.locator('script[data-custom-code]').count()).toBe(0);

  const portal = await staff.goto(tenantUrl('acme', '/sign-in#frame'));
  const portalNonce = nonceOf(portal!.headers()['content-security-policy']);
  expect(portalNonce).toBeTruthy();
  expect(portalNonce).not.toBe(adminNonce);
  await expect.poll(async () => (await root(staff)).customJs).toBe('ran');
  expect(await staff.locator('script[data-custom-code="js"]').evaluate((s: HTMLScriptElement) => s.nonce)).toBe(portalNonce);
  // The only refusal on these pages is the tenant script's own framing attempt: Next's scripts and our styles pass.
  expect(violations.filter((v) => !v.includes('frame-src'))).toEqual([]);
  await staff.context().close();
});
