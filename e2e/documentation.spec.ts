import { expect, test, type Page } from '@playwright/test';
import { adminUrl, clientSession, signInStaff, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const PASSWORD = 'Thermo-Sh4red-2026!';
const LICENSE_KEY = 'M365-7KQ2P-XW9TD-44JHR';
const ROUTER_PASSWORD = 'R0uter-Kept-Private!';

const record = (page: Page, name: string) => page.getByRole('article', { name });

/** The dashboard as the browser holds it, and its RSC payload fetched afresh with the session's cookies. */
async function pageAndPayload(page: Page) {
  const html = await page.content();
  const rsc = await page.evaluate(async () => {
    const response = await fetch('/dashboards/documentation', { headers: { RSC: '1' } });
    return { type: response.headers.get('content-type') ?? '', body: await response.text() };
  });
  return { html, rsc };
}

test('Nataliya opens Documentation, reveals the shared password (never in the page or its RSC payload), copies it; the audit log shows it', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await clientSession(page, 'nataliya@coolair.com');

  // Settings › Dashboards: add Documentation; it appears in the menu.
  await page.goto(tenantUrl('acme', '/settings?tab=dashboards'));
  await page.getByRole('button', { name: 'Add Documentation' }).click();
  await expect(page.getByText('Dashboards saved.')).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Dashboards' });
  await menu.getByRole('link', { name: 'Documentation' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/dashboards/documentation'));
  await expect(page.getByRole('heading', { level: 1, name: 'Documentation' })).toBeVisible();

  for (const kind of ['Credentials', 'Warranties', 'Software Licenses']) await expect(page.getByRole('heading', { level: 2, name: kind })).toBeVisible();
  const bms = record(page, 'Building management system');
  await expect(bms).toContainText('coolair-admin');
  await expect(bms).toContainText('https://bms.coolair.example');
  await expect(record(page, 'Office router')).toHaveCount(0);
  await expect(record(page, 'Rooftop unit RTU-2')).toContainText('expires in 30 days');

  // Nothing of a secret in the page or in its RSC payload.
  const before = await pageAndPayload(page);
  expect(before.html).toContain('Building management system');
  expect(before.rsc.type).toContain('text/x-component');
  expect(before.rsc.body).toContain('Building management system');
  for (const secret of [PASSWORD, LICENSE_KEY, ROUTER_PASSWORD]) {
    expect(before.html).not.toContain(secret);
    expect(before.rsc.body).not.toContain(secret);
  }

  // Search narrows the list; a wildcard is only a character.
  const search = page.getByRole('searchbox', { name: 'Search documentation' });
  await search.fill('carrier');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=carrier/);
  await expect(record(page, 'Rooftop unit RTU-2')).toBeVisible();
  await expect(record(page, 'Building management system')).toHaveCount(0);
  await search.fill('%');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('Nothing matches “%”.', { exact: false })).toBeVisible();
  await page.getByRole('link', { name: 'Clear search' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/dashboards/documentation'));

  // Reveal, then Copy.
  await bms.getByRole('button', { name: 'Reveal' }).click();
  await expect(bms.getByLabel('Password')).toHaveText(PASSWORD);
  await bms.getByRole('button', { name: 'Copy' }).click();
  await expect(bms.getByRole('button', { name: 'Copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(PASSWORD);
  await bms.getByRole('button', { name: 'Hide' }).click();
  await expect(bms.getByText(PASSWORD)).toHaveCount(0);
  await expect(bms.getByRole('button', { name: 'Reveal' })).toBeVisible();

  // A fresh render after the reveal still holds no secret.
  const after = await pageAndPayload(page);
  for (const secret of [PASSWORD, LICENSE_KEY]) {
    expect(after.html).not.toContain(secret);
    expect(after.rsc.body).not.toContain(secret);
  }

  // Leave Nataliya's dashboards as they were.
  await page.goto(tenantUrl('acme', '/settings?tab=dashboards'));
  await page.getByRole('button', { name: 'Remove Documentation', exact: true }).click();
  await expect(page.getByText('Dashboards saved.')).toBeVisible();
  await context.close();

  // Staff: the audit log names who revealed what, and from where.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(adminUrl('acme', '/admin/audit'));
  const row = staff
    .getByRole('table', { name: 'Audit log' })
    .getByRole('row')
    .filter({ hasText: 'Client revealed a password or license key' })
    .first();
  await expect(row).toContainText('Nataliya Kovalenko');
  await expect(row).toContainText('Documentation: Building management system');
  await expect(row.getByRole('cell').nth(4)).not.toHaveText('—');
  await expect(row).not.toContainText(PASSWORD);
  expect(await staff.content()).not.toContain(PASSWORD);
  await staffContext.close();
});

test('Franco (Basic) sees the warranty expiring soon and the license, but not the Advanced credential, and no Reveal', async ({ page }) => {
  await clientSession(page, 'franco@coolair.com');
  await page.goto(tenantUrl('acme', '/dashboards/documentation'));
  await expect(page.getByRole('heading', { level: 1, name: 'Documentation' })).toBeVisible();
  const warranty = record(page, 'Rooftop unit RTU-2');
  await expect(warranty).toContainText('expires in 30 days');
  await expect(warranty).toContainText('RTU2-55831');
  await expect(warranty).toContainText('Carrier HVAC Supply');
  const license = record(page, 'Microsoft 365 Business Standard');
  await expect(license).toContainText('Office staff');
  await expect(license).toContainText('Not shown at your security level');
  await expect(license).not.toContainText('expires in');
  await expect(record(page, 'Building management system')).toHaveCount(0);
  await expect(page.getByText('No credentials are shared with you.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
  const { html, rsc } = await pageAndPayload(page);
  for (const secret of [PASSWORD, LICENSE_KEY, ROUTER_PASSWORD]) {
    expect(html).not.toContain(secret);
    expect(rsc.body).not.toContain(secret);
  }
});
