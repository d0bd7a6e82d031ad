import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { adminUrl, clientSession, signInStaff, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') };
}

test('staff download the Invoices list as CSV, with the invoice numbers they see', async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(adminUrl('acme', '/admin/invoices'));
  const first = (await page.getByRole('row').nth(1).getByRole('link').first().textContent())!.replace(/\D/g, '');
  const csv = await download(page, 'Download CSV');
  expect(csv.name).toMatch(/^invoices-\d{4}-\d{2}-\d{2}\.csv$/);
  expect(csv.text).toContain('Number,Credit note,Company,Issue date,Due date,Currency,Subtotal,Tax,Total,Status');
  expect(csv.text).toContain(`\r\n${first},`);
});

test('staff download a company’s time entries as CSV from its hours page', async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(adminUrl('acme', '/admin/companies'));
  await page.getByRole('link', { name: 'The Loop', exact: true }).click();
  await page.getByRole('link', { name: /Block hours/i }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Block hours and retainers' })).toBeVisible();
  const csv = await download(page, 'Download CSV: Time entries');
  expect(csv.text).toContain('Date,Hours,Who,Ticket / project,Description,Billable,Drawn from');
});

test('Nataliya (Manager, Cool Air) downloads her Invoices as CSV: her company’s invoices, never a draft', async ({ page }) => {
  await clientSession(page, 'nataliya@coolair.com');
  await page.goto(tenantUrl('acme', '/dashboards/invoices'));
  const first = (await page.getByRole('table', { name: 'Invoices' }).getByRole('row').nth(1).getByRole('link').textContent())!.replace(/\D/g, '');
  const csv = await download(page, 'Download CSV');
  expect(csv.text).toContain('Invoice,Issue date,Due date,Currency,Total,Status');
  expect(csv.text).toContain(`\r\n${first},`);
  expect(csv.text).not.toContain(',Draft');
});

test('Franco (Basic) gets 404 for the Invoices CSV', async ({ page }) => {
  await clientSession(page, 'franco@coolair.com');
  const response = await page.goto(tenantUrl('acme', '/invoices/csv'));
  expect(response?.status()).toBe(404);
});
