import { expect, test } from '@playwright/test';
import { logOff, outboxLinks, PASSWORD, ROOT, signInClient, signInStaff, tenantUrl, adminUrl } from './fixtures';

test('the root domain shows the product landing page', async ({ page }) => {
  await page.goto(`http://${ROOT}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Give every customer a portal of their own.');
});

test('an unknown tenant answers a proper 404 page', async ({ page }) => {
  const response = await page.goto(tenantUrl('nope'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('tenant routes are not reachable through the root domain', async ({ page }) => {
  const response = await page.goto(`http://${ROOT}/s/acme/sign-in`);
  expect(response?.status()).toBe(404);
});

test('a client signs in with logon name and password, sees their home page and logs off', async ({ page }) => {
  await page.goto(tenantUrl('acme'));
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
  await expect(page.getByRole('heading', { name: 'Sign in to the Acme Services Customer Portal' })).toBeVisible();

  await signInClient(page, 'nataliya@coolair.com');
  await expect(page).toHaveURL(tenantUrl('acme', '/home'));
  await expect(page.getByRole('heading', { name: 'Welcome, Nataliya' })).toBeVisible();
  const account = page.getByRole('region', { name: 'Your account' });
  await expect(account).toContainText('Nataliya Kovalenko');
  await expect(account).toContainText('Cool Air');
  await expect(account).toContainText('Manager');

  await logOff(page);
  await page.goto(tenantUrl('acme', '/home'));
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
});

test('a wrong password gives one clear, generic error and no session', async ({ page }) => {
  await signInClient(page, 'franco@coolair.com', 'not-the-password');
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Incorrect logon name or password.');
  await signInClient(page, 'nobody@coolair.com', PASSWORD);
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Incorrect logon name or password.');
  await page.goto(tenantUrl('acme', '/home'));
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
});

test('empty sign-in fields are refused in the form', async ({ page }) => {
  await page.goto(tenantUrl('acme', '/sign-in'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByText('Enter your logon name or e-mail.')).toBeVisible();
  await expect(page.getByText('Enter your password.')).toBeVisible();
});

test('staff sign in with e-mail and password and see the admin shell', async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
  const nav = page.getByRole('navigation', { name: 'Admin sections' });
  for (const section of ['Portal Access', 'Companies', 'Projects', 'Tickets', 'Organization Settings', 'Outbox']) {
    await expect(nav).toContainText(section);
  }
  await expect(page.getByText('Signed in as Olivia Owner')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await page.goto(adminUrl('acme', '/admin'));
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
});

test('a wrong staff password is refused with a clear error', async ({ page }) => {
  await page.goto(adminUrl('acme', '/admin/sign-in'));
  const form = page.getByRole('form', { name: 'Sign in with password' });
  await form.getByLabel('Email').fill('owner@acme.test');
  await form.getByLabel('Password').fill('wrong-password');
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(form.getByRole('alert')).toHaveText('Incorrect e-mail or password.');
});

test('staff sign in through an e-mail link from the outbox, which works only once', async ({ page, browser }) => {
  await page.goto(adminUrl('acme', '/admin/sign-in'));
  const form = page.getByRole('form', { name: 'Sign in with an e-mail link' });
  await form.getByLabel('Email for a sign-in link').fill('helpdesk@acme.test');
  await form.getByRole('button', { name: 'Email me a sign-in link' }).click();
  await expect(page.getByRole('heading', { name: 'Check your e-mail' })).toBeVisible();

  const [link] = await outboxLinks(browser, 'helpdesk@acme.test', 'Sign in to Acme Services');
  expect(link.startsWith(adminUrl('acme', '/api/auth/callback/email'))).toBe(true);
  await page.goto(link);
  await expect(page).toHaveURL(adminUrl('acme', '/admin'));
  await expect(page.getByText('Signed in as Hank Helpdesk')).toBeVisible();
  // The outbox holds clients' live links: it is for staff with the organization-settings permission only.
  await expect(page.getByRole('navigation', { name: 'Admin sections' })).not.toContainText('Outbox');
  expect((await page.goto(adminUrl('acme', '/admin/outbox')))?.status()).toBe(404);

  const other = await browser.newContext();
  const reuse = await other.newPage();
  await reuse.goto(link);
  await expect(reuse.getByRole('main').getByRole('alert')).toContainText('expired or was already used');
  await other.close();
});

test('a staff session of one tenant does not work on another tenant', async ({ page, context }) => {
  await signInStaff(page, 'owner@acme.test');
  const staffCookie = (await context.cookies()).find((c) => c.name === 'cp_staff');
  // Host-only, on the staff origin: never sent to the portal, where tenant code runs.
  expect(staffCookie?.domain).toBe('acme.admin.localhost');
  await context.addCookies([{ ...staffCookie!, domain: 'globex.admin.localhost' }]);
  await page.goto(adminUrl('globex', '/admin'));
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await expect(page.getByText('Globex Support')).toBeVisible();
});

test('a client session of one tenant does not work on another tenant', async ({ page, context }) => {
  await signInClient(page, 'sales@loop.org');
  await expect(page.getByRole('heading', { name: 'Welcome, Sasha' })).toBeVisible();
  const clientCookie = (await context.cookies()).find((c) => c.name === 'cp_client');
  await context.addCookies([{ ...clientCookie!, domain: 'globex.localhost' }]);
  await page.goto(tenantUrl('globex', '/home'));
  await expect(page).toHaveURL(tenantUrl('globex', '/sign-in'));
});

test('a client session never opens the staff section', async ({ page }) => {
  await signInClient(page, 'info@abmapartments.com');
  await expect(page.getByRole('heading', { name: 'Welcome, Irene' })).toBeVisible();
  await page.goto(adminUrl('acme', '/admin'));
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Admin sections' })).toHaveCount(0);
});
