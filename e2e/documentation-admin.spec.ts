import { expect, test, type Page } from '@playwright/test';
import { adminUrl, clientSession, flip, signInStaff, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const card = (page: Page, title: string) => page.getByRole('region', { name: title });

async function openCoolAir(page: Page) {
  await page.goto(adminUrl('acme', '/admin/companies'));
  await page.getByRole('link', { name: 'Cool Air', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cool Air' })).toBeVisible();
}

test('staff add a credential and share it; they and then Nataliya reveal its password, and the audit log shows both', async ({ page, browser }) => {
  const name = `Door controller ${Date.now()}`;
  const password = `Door-${Math.random().toString(36).slice(2, 10)}-Pw!`;
  await signInStaff(page, 'owner@acme.test');
  await openCoolAir(page);
  await expect(card(page, 'Expiring soon').getByRole('listitem').filter({ hasText: 'Rooftop unit RTU-2' })).toContainText(/expires in \d+ days/);

  await page.getByRole('navigation', { name: 'Work of this company' }).getByRole('link', { name: 'Documentation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documentation' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Kinds of documentation' }).getByRole('link', { name: /Credentials/ })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: 'Add credential' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add credential' });
  await dialog.getByLabel('Name', { exact: true }).fill(name);
  await dialog.getByLabel('System/URL').fill('https://door.coolair.example');
  await dialog.getByLabel('Username').fill('facilities');
  await dialog.getByLabel('Password', { exact: true }).fill(password);
  // Only Managers of Cool Air will see it (Franco, Basic, keeps seeing only the demo records).
  await dialog.getByLabel('Minimum security level').selectOption({ label: 'Manager' });
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${name} added.` })).toBeVisible();
  await expect(dialog).toBeHidden();

  const record = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name }) });
  const shared = record.getByRole('switch', { name: `Show on Portal? ${name}` });
  await expect(shared).toHaveAttribute('aria-checked', 'false');
  await flip(shared, true);

  // Before Reveal neither the page nor its HTML from the server (with the RSC payload inlined) holds the password.
  await page.reload();
  await expect(shared).toHaveAttribute('aria-checked', 'true');
  expect(await page.content()).not.toContain(password);
  const html = await page.evaluate(() => fetch(location.href).then((r) => r.text()));
  expect(html).toContain(name);
  expect(html).not.toContain(password);

  await record.getByRole('button', { name: 'Reveal' }).click();
  await expect(record.getByLabel('Password', { exact: true })).toHaveText(password);
  await record.getByRole('button', { name: 'Hide' }).click();
  await expect(record.getByText(password)).toHaveCount(0);

  await page.goto(adminUrl('acme', '/admin/audit?only=documentation.'));
  const row = page.getByRole('table', { name: 'Audit log' }).getByRole('row').filter({ hasText: 'Password or license key revealed' }).filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('(Cool Air)');
  await expect(page.getByRole('table', { name: 'Audit log' })).not.toContainText(password);

  // Shared: Nataliya (Cool Air's Manager) finds it on her Documentation dashboard and reveals the password herself.
  const client = await browser.newContext();
  const portal = await client.newPage();
  await clientSession(portal, 'nataliya@coolair.com');
  await portal.goto(tenantUrl('acme', '/dashboards/documentation'));
  const onPortal = portal.getByRole('article', { name });
  await expect(onPortal).toContainText('https://door.coolair.example');
  await expect(onPortal).not.toContainText(password);
  await onPortal.getByRole('button', { name: 'Reveal' }).click();
  await expect(onPortal.getByLabel('Password', { exact: true })).toHaveText(password);
  await client.close();

  // …and the audit log shows that she did, from which address, without the password.
  await page.reload();
  const clientRow = page.getByRole('table', { name: 'Audit log' }).getByRole('row').filter({ hasText: 'Client revealed a password or license key' }).filter({ hasText: name });
  await expect(clientRow).toHaveCount(1);
  await expect(clientRow).toContainText('Nataliya Kovalenko');
  await expect(clientRow.getByRole('cell').nth(4)).not.toHaveText('—');
  await expect(page.getByRole('table', { name: 'Audit log' })).not.toContainText(password);
});

test('staff without the documentation permission see no tab, and the page is not found', async ({ page }) => {
  await signInStaff(page, 'helpdesk@acme.test');
  await openCoolAir(page);
  await expect(page.getByRole('link', { name: 'Documentation' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Expiring soon' })).toHaveCount(0);
  const response = await page.goto(`${page.url()}/documentation`);
  expect(response?.status()).toBe(404);
});
