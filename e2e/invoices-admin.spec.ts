import { expect, test, type Page } from '@playwright/test';
import { adminUrl, clientSession, signInStaff, tenantUrl, chooseCompany } from './fixtures';

/** Fetched in the page (the browser resolves *.localhost; Node's request context does not): status, type, first bytes. */
const download = (page: Page, href: string) =>
  page.evaluate(async (url) => {
    const r = await fetch(url);
    const bytes = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
  }, href);

test.describe.configure({ timeout: 120_000 });

test('staff create and send an invoice to Cool Air; the outbox e-mail carries the PDF and the pay link; Nataliya sees it, downloads it and finds Pay online', async ({ page, browser }) => {
  const payLink = `https://pay.acme-services.example/invoice/e2e-${Date.now()}`;
  await signInStaff(page, 'owner@acme.test');
  await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Invoices' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Invoices' })).toBeVisible();
  // the seeded overdue invoices show as such
  await expect(page.getByRole('cell', { name: 'Overdue' }).first()).toBeVisible();

  await page.getByRole('link', { name: 'New invoice' }).click();
  const form = page.getByRole('form', { name: 'Invoice details' });
  await chooseCompany(form, 'Cool Air');
  await form.getByLabel('Payment link (optional)').fill(payLink);
  await form.getByLabel('Line 1 description').fill('Quarterly maintenance');
  await form.getByLabel('Line 1 quantity').fill('1.5');
  await form.getByLabel('Line 1 unit price').fill('10.01');
  await form.getByRole('button', { name: 'Add line' }).click();
  await form.getByLabel('Line 2 description').fill('Filter');
  await form.getByLabel('Line 2 unit price').fill('0.10');
  await form.getByLabel('Line 2 tax rate').fill('5');
  await form.getByRole('button', { name: 'Add line' }).click();
  await form.getByRole('button', { name: 'Remove line 3' }).click();
  const totals = form.getByRole('definition');
  await expect(totals.nth(0)).toHaveText('$15.12');
  await expect(totals.nth(1)).toHaveText('$0.01');
  await expect(totals.nth(2)).toHaveText('$15.13');
  await form.getByRole('button', { name: 'Create draft' }).click();

  const heading = page.getByRole('heading', { level: 1, name: /^Invoice #\d+$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace(/\D/g, '');
  await expect(page.getByTestId('invoice-total')).toHaveText('$15.13');
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();

  const pdf = await download(page, (await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href'))!);
  expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });

  await page.getByRole('region', { name: 'Send' }).getByRole('button', { name: 'Send' }).click();
  await expect(page.getByText(`Invoice #${number} was sent.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mark as paid' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Edit draft' })).toHaveCount(0);

  await page.goto(adminUrl('acme', '/admin/outbox'));
  const message = page
    .getByRole('list', { name: 'Sent e-mails' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: `Invoice #${number} from Acme Services` }) })
    .first();
  await expect(message).toContainText('nataliya@coolair.com');
  await expect(message.getByRole('link', { name: payLink })).toBeVisible();
  const attachment = message.getByRole('list', { name: 'Attachments' }).getByRole('link', { name: `invoice-${number}.pdf` });
  expect(await download(page, (await attachment.getAttribute('href'))!)).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });

  // Nataliya (Cool Air's Manager) finds it on her Invoices dashboard, downloads its PDF and follows Pay online.
  const client = await browser.newContext();
  const portal = await client.newPage();
  await clientSession(portal, 'nataliya@coolair.com');
  await portal.goto(tenantUrl('acme', '/dashboards/invoices'));
  await portal.getByRole('table', { name: 'Invoices' }).getByRole('link', { name: new RegExp(`#${number}\\b`) }).click();
  await expect(portal.getByRole('heading', { level: 1, name: new RegExp(`Invoice #${number}`) })).toBeVisible();
  await expect(portal.getByRole('region', { name: 'Invoice lines' })).toContainText('Quarterly maintenance');
  const [file] = await Promise.all([portal.waitForEvent('download'), portal.getByRole('link', { name: 'Download PDF' }).click()]);
  expect(file.suggestedFilename()).toBe(`invoice-${number}.pdf`);
  const { readFile } = await import('node:fs/promises');
  expect((await readFile((await file.path())!)).subarray(0, 4).toString()).toBe('%PDF');
  const pay = portal.getByRole('link', { name: 'Pay online' });
  await expect(pay).toHaveAttribute('href', payLink);
  // Following it opens the provider's page in a new tab (the test machine has no network: the request is only checked).
  const opened = portal.context().waitForEvent('page');
  await client.route(payLink, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>Pay invoice</h1>' }));
  await pay.click();
  const tab = await opened;
  await tab.waitForLoadState();
  expect(tab.url()).toBe(payLink);
  await client.close();
});
