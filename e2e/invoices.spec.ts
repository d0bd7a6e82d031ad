import { expect, test } from '@playwright/test';
import { clientSession, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 120_000 });

// Sasha (The Loop, Advanced): Cool Air's invoices change while the staff spec sends one; The Loop's stay as seeded.
test('Sasha (Advanced) opens Invoices, filters and sorts, opens the newest invoice, downloads its PDF and finds Pay online', async ({ page }) => {
  await clientSession(page, 'sales@loop.org');
  await page.goto(tenantUrl('acme', '/dashboards/invoices'));
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Invoices' });
  // Paid, overdue, sent and void — never the draft.
  await expect(table.getByRole('row')).toHaveCount(5);
  await expect(table).toContainText('Overdue');
  await expect(page.getByRole('link', { name: 'Block Hours' })).toHaveAttribute('href', '/invoices/block-hours');

  await page.getByRole('navigation', { name: 'Filter invoices by status' }).getByRole('link', { name: 'Overdue' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/dashboards/invoices?status=overdue'));
  await expect(table.getByRole('row')).toHaveCount(2);
  await page.getByRole('link', { name: 'Sort by Total' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/dashboards/invoices?status=overdue&sort=total&dir=asc'));

  await page.goto(tenantUrl('acme', '/dashboards/invoices'));
  const newest = table.getByRole('row').nth(1);
  await expect(newest).toContainText('Sent');
  const number = (await newest.getByRole('link').textContent())!.replace(/\D/g, '');
  await newest.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Invoice #${number}`) })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Invoice lines' })).toContainText('Replacement filters');

  const pay = page.getByRole('link', { name: 'Pay online' });
  await expect(pay).toHaveAttribute('href', `https://pay.acme-services.example/invoice/${number}`);
  await expect(pay).toHaveAttribute('rel', 'noopener noreferrer');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download PDF' }).click()]);
  expect(download.suggestedFilename()).toBe(`invoice-${number}.pdf`);
  const { readFile } = await import('node:fs/promises');
  const bytes = await readFile((await download.path())!);
  expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
});

test('Franco (Basic) has no Invoices: the dashboard is not found and not in his menu', async ({ page }) => {
  await clientSession(page, 'franco@coolair.com');
  const response = await page.goto(tenantUrl('acme', '/dashboards/invoices'));
  expect(response?.status()).toBe(404);
  await page.goto(tenantUrl('acme', '/'));
  await expect(page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Invoices' })).toHaveCount(0);
});
