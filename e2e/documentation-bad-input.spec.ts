import { expect, test, type Page } from '@playwright/test';
import { adminUrl, signInStaff } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** Fails the test on any 5xx answer the page gets. */
function noServerErrors(page: Page) {
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return () => expect(errors).toEqual([]);
}

/** Admin › The Loop › Documentation, on one kind's tab, with its Add dialog open. */
async function openAdd(page: Page, tab: RegExp, what: string) {
  await page.goto(adminUrl('acme', '/admin/companies'));
  await page.getByRole('link', { name: 'The Loop', exact: true }).click();
  await page.getByRole('navigation', { name: 'Work of this company' }).getByRole('link', { name: 'Documentation' }).click();
  await page.getByRole('navigation', { name: 'Kinds of documentation' }).getByRole('link', { name: tab }).click();
  await page.getByRole('button', { name: `Add ${what}` }).click();
  return page.getByRole('dialog', { name: `Add ${what}` });
}

/** After a reload the record is not on the tab: nothing was saved. */
async function expectNotSaved(page: Page, name: string) {
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Documentation' })).toBeVisible();
  await expect(page.getByText(name)).toHaveCount(0);
}

test.beforeEach(async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
});

test('a credential without a name: the Name field says so and nothing is saved', async ({ page }) => {
  const checkNoServerErrors = noServerErrors(page);
  const username = `nobody-${Date.now()}`;
  const dialog = await openAdd(page, /Credentials/, 'credential');
  await dialog.getByLabel('Username').fill(username);
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('Enter a name.')).toBeVisible();
  await expect(dialog.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog).toBeVisible();
  await expectNotSaved(page, username);
  checkNoServerErrors();
});

test('a warranty ending before it starts: the End date field says so and nothing is saved', async ({ page }) => {
  const checkNoServerErrors = noServerErrors(page);
  const asset = `Backwards warranty ${Date.now()}`;
  const dialog = await openAdd(page, /Warranties/, 'warranty');
  await dialog.getByLabel('Asset').fill(asset);
  await dialog.getByLabel('Start date').fill('2026-05-10');
  await dialog.getByLabel('End date').fill('2026-05-01');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('The end date cannot be before the start date.')).toBeVisible();
  await expect(dialog.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
  await expectNotSaved(page, asset);
  checkNoServerErrors();
});

test('a software license with seats that are not a whole number, then an expiry before its start: the field says so each time, nothing is saved', async ({ page }) => {
  const checkNoServerErrors = noServerErrors(page);
  const product = `Half-seat license ${Date.now()}`;
  const dialog = await openAdd(page, /Software Licenses/, 'software license');
  await dialog.getByLabel('Product').fill(product);
  await dialog.getByLabel('Seats').fill('2.5');
  await dialog.getByLabel('Start date').fill('2026-05-10');
  await dialog.getByLabel('Expiry date').fill('2026-05-01');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('Enter the seats as a whole number, 0 or more.')).toBeVisible();
  await expect(dialog.getByLabel('Seats')).toHaveAttribute('aria-invalid', 'true');

  // The dates are checked once every field is valid on its own.
  await dialog.getByLabel('Seats').fill('3');
  await dialog.getByRole('button', { name: 'Add' }).click();
  await expect(dialog.getByText('The expiry date cannot be before the start date.')).toBeVisible();
  await expect(dialog.getByLabel('Expiry date')).toHaveAttribute('aria-invalid', 'true');
  await expectNotSaved(page, product);
  checkNoServerErrors();
});
