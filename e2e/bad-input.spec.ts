import { expect, test, type Locator, type Page } from '@playwright/test';
import { clientSession, ROOT, signInClient, signInStaff, tenantUrl } from './fixtures';

const CONTROL = 'Remove the invisible control characters from this text.';
const TOO_LARGE = 'Files can be at most 10 MB.';
const MB = 1024 * 1024;

/** Fails the test on any 5xx answer the page gets. */
function noServerErrors(page: Page) {
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 500) errors.push(`${response.status()} ${response.request().method()} ${response.url()}`);
  });
  return () => expect(errors).toEqual([]);
}

/** Typing a NUL is not possible: it is put into the field's value as a script would, then the real form is sent. */
async function typeWithNul(field: Locator, value: string) {
  await field.evaluate((field, text) => {
    (field as HTMLInputElement).value = text;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

async function openProject(page: Page, name: string) {
  await page.goto(tenantUrl('acme', '/admin/projects'));
  await page.getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

test('a NUL in a staff field is a field error, in the browser and from the server, and changes nothing', async ({ page }) => {
  const checkNoServerErrors = noServerErrors(page);
  await signInStaff(page, 'owner@acme.test');

  // A react-hook-form form: the shared schema answers in the browser, on the field.
  await page.goto(tenantUrl('acme', '/admin/companies'));
  await page.getByRole('link', { name: 'Cool Air', exact: true }).click();
  const company = page.getByRole('form', { name: 'Company' });
  await typeWithNul(company.locator('input[name="name"]'), 'Cool\u0000Air');
  await company.getByRole('button', { name: 'Save' }).click();
  await expect(company.getByText(CONTROL)).toBeVisible();
  await expect(company.getByLabel('Company name')).toHaveAttribute('aria-invalid', 'true');

  // A form validated by its server action only: the field error comes back from the server.
  await openProject(page, 'Office Cooling Audit');
  const milestones = page.getByRole('region', { name: 'Milestones' });
  await typeWithNul(milestones.locator('input[name="name"]'), 'Survey\u0000done');
  await milestones.getByRole('button', { name: 'Add milestone' }).click();
  await expect(milestones.getByRole('alert')).toContainText('Please correct the highlighted fields.');
  await expect(milestones.getByRole('alert')).toContainText(CONTROL);
  await page.reload();
  await expect(page.getByRole('list', { name: 'Milestones' })).not.toContainText('Survey');
  checkNoServerErrors();
});

test('a NUL in a client field is a field error and creates nothing', async ({ page }) => {
  const checkNoServerErrors = noServerErrors(page);
  await clientSession(page, 'franco@coolair.com');
  await page.goto(tenantUrl('acme', '/tickets/new'));
  const form = page.getByRole('form', { name: 'New service request' });
  await typeWithNul(form.locator('input[name="title"]'), 'Fan\u0000noise');
  await form.getByLabel('Description').fill('Loud since Monday.');
  await form.getByRole('button', { name: 'Create service request' }).click();
  await expect(form.getByRole('alert')).toContainText(CONTROL);
  await expect(page).toHaveURL(tenantUrl('acme', '/tickets/new'));
  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  await expect(page.getByRole('table', { name: 'Tickets' })).not.toContainText('noise');
  checkNoServerErrors();
});

test('staff uploads: over 10 MB is refused with the message, in the browser and on the server; a 1,000-character name uploads', async ({ page }) => {
  test.setTimeout(60_000);
  const checkNoServerErrors = noServerErrors(page);
  await signInStaff(page, 'owner@acme.test');
  await openProject(page, 'Office Cooling Audit');
  const documents = page.getByRole('region', { name: 'Documents' });
  const upload = documents.getByRole('form', { name: 'Upload document' });
  await upload.getByRole('checkbox', { name: 'Show on Portal?' }).uncheck();
  const file = upload.getByLabel('File');

  // In the browser: the message at once, and the form is not sent.
  let sent = false;
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.headers()['next-action']) sent = true;
  });
  await file.setInputFiles({ name: 'big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(11 * MB) });
  await expect(upload.getByText(TOO_LARGE)).toBeVisible();
  await upload.getByRole('button', { name: 'Upload' }).click();
  await expect(upload.getByRole('alert')).toHaveText(TOO_LARGE);
  expect(sent).toBe(false);

  // On the server: a file a little over the limit still reaches the action (as from a browser that does not check).
  await file.setInputFiles({ name: 'a-bit-big.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(10 * MB + 1024) });
  await file.evaluate((input) => (input as HTMLInputElement).setCustomValidity(''));
  const answered = page.waitForResponse((response) => response.request().method() === 'POST' && Boolean(response.request().headers()['next-action']));
  await upload.getByRole('button', { name: 'Upload' }).click();
  expect((await answered).status()).toBe(200);
  // The browser's message, and now the server's above the form.
  await expect(upload.getByRole('alert').filter({ hasText: TOO_LARGE })).toHaveCount(2);
  await expect(page.getByRole('list', { name: 'Documents' })).not.toContainText('a-bit-big.pdf');

  const stamp = `report-${Date.now()}-`;
  const longName = `${stamp}${'x'.repeat(1000 - stamp.length - 4)}.pdf`;
  expect(longName).toHaveLength(1000);
  await file.setInputFiles({ name: longName, mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 test') });
  await upload.getByRole('button', { name: 'Upload' }).click();
  const stored = page.getByRole('list', { name: 'Documents' }).getByRole('link', { name: new RegExp(`^${stamp}x+\\.pdf$`) });
  await expect(stored).toBeVisible();
  expect(await stored.textContent()).toHaveLength(200);
  checkNoServerErrors();
});

test('a client attachment over 10 MB is refused in the browser with the message', async ({ page }) => {
  await clientSession(page, 'franco@coolair.com');
  await page.goto(tenantUrl('acme', '/tickets/new'));
  const form = page.getByRole('form', { name: 'New service request' });
  await form.getByLabel('Attachment (optional)').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.alloc(11 * MB) });
  await expect(form.getByText(TOO_LARGE)).toBeVisible();
});

test('malformed server-action requests answer 4xx, not 500', async ({ page }) => {
  // A real action id, as the browser sends it.
  const actionRequest = page.waitForRequest((request) => request.method() === 'POST' && Boolean(request.headers()['next-action']));
  await signInClient(page, 'nobody@example.com', 'not-a-password');
  const id = (await actionRequest).headers()['next-action'];
  // From Node: localhost with the tenant's Host header.
  const url = `http://${ROOT}/sign-in`;
  const host = `acme.${ROOT}`;
  const post = (headers: Record<string, string>, data: string) => page.request.post(url, { headers: { host, 'next-action': id, ...headers }, data });

  expect((await post({ 'content-type': 'text/plain;charset=UTF-8' }, 'garbage{{')).status()).toBe(400);
  expect((await post({ 'content-type': 'multipart/form-data' }, 'garbage')).status()).toBe(400);
  expect((await post({ 'content-type': 'multipart/form-data; boundary=XYZ' }, 'garbage')).status()).toBe(400);
  expect((await post({ 'content-type': 'application/json' }, '{"a":1}')).status()).toBe(400);
  expect((await post({ 'content-type': 'text/plain', 'next-action': 'not-an-id' }, '[]')).status()).toBe(400);
  expect((await post({ 'content-type': 'text/plain', origin: 'http://evil.test' }, '[]')).status()).toBe(403);
  const missingZero = await page.request.post(url, { headers: { host, 'next-action': id }, multipart: { foo: 'bar' } });
  expect(missingZero.status()).toBe(400);
});
