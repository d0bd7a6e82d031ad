import { expect, test, type Locator, type Page } from '@playwright/test';
import { signInStaff, chooseCompany } from './fixtures';

/**
 * Bad input on the billing forms: each mistake is named on its field, nothing is saved, never a 500. The Loop's
 * hours page is only read here (nothing is saved), so the counts below cannot be changed by this spec.
 */
test.describe.configure({ timeout: 120_000 });

async function openLoopHours(page: Page) {
  await signInStaff(page, 'owner@acme.test');
  await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Companies' }).click();
  await page.getByRole('link', { name: 'The Loop', exact: true }).click();
  await page.getByRole('link', { name: 'Block hours and retainers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Block hours and retainers' })).toBeVisible();
}

const saysOnField = (field: Locator, message: string | RegExp) => expect(field).toHaveAccessibleDescription(message);

test('Log time: hours 0, negative or text and a missing date are named on their fields; no entry is added', async ({ page }) => {
  await openLoopHours(page);
  const entries = page.getByRole('table', { name: 'Time entries' }).getByRole('row');
  const before = await entries.count();
  await page.getByText('Log time', { exact: true }).first().click();
  const form = page.getByRole('form', { name: 'Log time' });
  const hours = form.getByLabel('Hours');
  for (const bad of ['0', '-2', 'two']) {
    await hours.fill(bad);
    await form.getByRole('button', { name: 'Log time' }).click();
    await saysOnField(hours, /Enter the hours as a number more than 0 and up to 24/);
  }
  await hours.fill('1');
  await form.getByLabel('Date').fill('');
  await form.getByRole('button', { name: 'Log time' }).click();
  await saysOnField(form.getByLabel('Date'), /Enter the date worked as YYYY-MM-DD/);
  await expect(form.getByText(/logged\./)).toHaveCount(0);
  await page.reload();
  await expect(entries).toHaveCount(before);
});

test('block and retainer forms: bad hours, price, expiry and a money retainer without its rate; nothing is added', async ({ page }) => {
  await openLoopHours(page);
  const blockRows = page.getByRole('table', { name: 'Blocks of hours' }).getByRole('row');
  const retainerTables = page.getByRole('table', { name: / by month$/ });
  const [blocksBefore, retainersBefore] = [await blockRows.count(), await retainerTables.count()];

  await page.getByText('Add a block of hours', { exact: true }).click();
  const block = page.getByRole('form', { name: 'Add a block of hours' });
  await block.getByLabel('Hours').fill('0');
  await block.getByLabel('Price').fill('lots');
  await block.getByLabel('Purchased on').fill('2026-03-10');
  await block.getByLabel('Expires on (optional)').fill('2026-03-01');
  await block.getByRole('button', { name: 'Add block' }).click();
  await saysOnField(block.getByLabel('Hours'), /Enter the hours bought, more than 0/);
  await saysOnField(block.getByLabel('Price'), /Enter the price as an amount/);
  await saysOnField(block.getByLabel('Expires on (optional)'), /cannot be before the purchase date/);

  await page.getByText('Add a retainer', { exact: true }).click();
  const retainer = page.getByRole('form', { name: 'Add a retainer' });
  await retainer.getByRole('radio', { name: 'Money' }).check();
  await retainer.getByLabel('Amount per month').fill('1500.00');
  await retainer.getByRole('button', { name: 'Add retainer' }).click();
  await saysOnField(retainer.getByLabel('Hourly rate'), /Enter the hourly rate of a money retainer/);

  await page.reload();
  await expect(blockRows).toHaveCount(blocksBefore);
  await expect(retainerTables).toHaveCount(retainersBefore);
});

test('staff invoice form: quantity "abc", tax rate 150 and a non-https payment link are named; no invoice is created', async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Invoices' }).click();
  await page.getByRole('link', { name: 'New invoice' }).click();
  await expect(page).toHaveURL(/\/admin\/invoices\/new$/);
  const url = page.url();
  const form = page.getByRole('form', { name: 'Invoice details' });
  await chooseCompany(form, 'The Loop', 'loop');
  await form.getByLabel('Payment link (optional)').fill('http://pay.example/invoice');
  await form.getByLabel('Line 1 description').fill('Bad input check');
  await form.getByLabel('Line 1 quantity').fill('abc');
  await form.getByLabel('Line 1 unit price').fill('10.00');
  await form.getByLabel('Line 1 tax rate').fill('150');
  const reply = page.waitForResponse((r) => r.request().method() === 'POST');
  await form.getByRole('button', { name: 'Create draft' }).click();
  expect((await reply).status()).toBeLessThan(500);
  await saysOnField(form.getByLabel('Line 1 quantity'), 'Enter the quantity as a number with at most 3 decimals.');
  await saysOnField(form.getByLabel('Line 1 tax rate'), 'The tax rate cannot be more than 100%.');
  await expect(form.getByLabel('Line 1 unit price')).not.toHaveAttribute('aria-invalid', 'true');
  await saysOnField(form.getByLabel('Payment link (optional)'), 'The payment link must be a full https:// address (not http).');
  expect(page.url()).toBe(url);
  await expect(page.getByRole('heading', { level: 1, name: /^Invoice #\d+$/ })).toHaveCount(0);
});
