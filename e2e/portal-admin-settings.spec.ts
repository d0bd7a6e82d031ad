import { expect, test, type Page } from '@playwright/test';
import { adminUrl, clientSession, signInStaff, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const card = (page: Page, title: string) => page.getByRole('region', { name: title });

/** One of Portal Admin's tabs. */
async function openPortalAdmin(page: Page, tab: string) {
  await page.getByRole('navigation', { name: 'Portal Admin' }).getByRole('link', { name: tab }).click();
  await expect(page.getByRole('region', { name: tab })).toBeVisible();
}

test('a Manager keeps Queues, Request Type Preferences and Vendors; a service request is filed in the chosen queue as the chosen type; staff see and filter by it', async ({
  page,
  browser,
}) => {
  await clientSession(page, 'nataliya@coolair.com');
  // The menu entry opens Portal Admin's first page (Logins); this workflow starts at Queues.
  await expect(page.getByRole('link', { name: 'Portal Admin' })).toHaveAttribute('href', '/portal-admin');
  await page.goto(tenantUrl('acme', '/portal-admin/queues'));
  await expect(page.getByRole('region', { name: 'Queues' })).toBeVisible();
  const queues = page.getByRole('table', { name: 'Queues' });
  await expect(queues.getByRole('row', { name: /Facilities/ })).toContainText('Yes');
  const add = page.getByRole('form', { name: 'Add a queue' });
  await add.getByLabel('Name').fill('Plumbing');
  await add.getByLabel('Description').fill('Leaks, drains and water heaters.');
  await add.getByRole('button', { name: 'Add queue' }).click();
  await expect(add.getByText('Queue Plumbing added.')).toBeVisible();
  await expect(queues.getByRole('row', { name: /Plumbing/ })).toContainText('No');
  await add.getByLabel('Name').fill('plumbing');
  await add.getByRole('button', { name: 'Add queue' }).click();
  await expect(add).toContainText('Your company already has a queue with this name.');

  await openPortalAdmin(page, 'Request Type Preferences');
  const preferences = page.getByRole('form', { name: 'Request Type Preferences' });
  await preferences.getByRole('checkbox', { name: 'Question' }).uncheck();
  await preferences.getByRole('checkbox', { name: 'Change' }).check();
  await preferences.getByLabel('Default request type').selectOption({ label: 'Question' });
  await preferences.getByRole('button', { name: 'Save' }).click();
  await expect(preferences).toContainText('The default request type must be one of the offered types.');
  await preferences.getByLabel('Default request type').selectOption({ label: 'Incident' });
  await preferences.getByRole('button', { name: 'Save' }).click();
  await expect(preferences.getByText('Request type preferences saved.')).toBeVisible();

  await openPortalAdmin(page, 'Vendors');
  const vendor = page.getByRole('form', { name: 'Add a vendor' });
  await vendor.getByLabel('Name').fill('Otis Elevators');
  await vendor.getByLabel('Supplies').fill('Elevator maintenance');
  await vendor.getByLabel('Account number').fill('OT-7731');
  await vendor.getByLabel('Support phone').fill('+1 555 0199');
  await vendor.getByLabel('Support e-mail').fill('service@otis.example');
  await vendor.getByRole('button', { name: 'Add vendor' }).click();
  await expect(vendor.getByText('Vendor Otis Elevators added.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Your vendors' }).getByRole('listitem', { name: 'Otis Elevators' })).toContainText('OT-7731');

  await page.goto(tenantUrl('acme', '/tickets/new'));
  await expect(page.getByLabel('Queue').getByRole('option', { name: 'Facilities', selected: true })).toHaveCount(1);
  await expect(page.getByLabel('Request type').getByRole('option')).toHaveText(['Incident', 'Service Request', 'Change']);
  await expect(page.getByLabel('Request type').getByRole('option', { name: 'Incident', selected: true })).toHaveCount(1);
  await page.getByLabel('Title').fill('Water heater leaking in the basement');
  await page.getByLabel('Description').fill('A puddle under the tank since this morning.');
  await page.getByLabel('Queue').selectOption({ label: 'Plumbing' });
  await page.getByLabel('Request type').selectOption({ label: 'Change' });
  await page.getByRole('button', { name: 'Create service request' }).click();
  await expect(page.getByRole('heading', { name: /Water heater leaking in the basement/ })).toBeVisible();
  const details = card(page, 'Description');
  await expect(details).toContainText('Plumbing');
  await expect(details).toContainText('Change');

  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(adminUrl('acme', '/admin/tickets'));
  const tickets = staff.getByRole('table', { name: 'Tickets' });
  await expect(tickets).toContainText('Thermostat offline in meeting room');
  const filter = staff.getByRole('search', { name: 'Filter by queue' });
  await filter.getByLabel('Queue').selectOption({ label: 'Cool Air › Plumbing' });
  await filter.getByRole('button', { name: 'Show' }).click();
  await expect(staff).toHaveURL(/\/admin\/tickets\?queue=[0-9a-f-]{36}$/);
  await expect(tickets.getByRole('row', { name: /Water heater leaking in the basement/ })).toContainText('Plumbing');
  await expect(tickets).not.toContainText('Thermostat offline in meeting room');
  await tickets.getByRole('link', { name: 'Water heater leaking in the basement' }).click();
  const filing = staff.getByRole('definition');
  await expect(filing.filter({ hasText: 'Plumbing' })).toBeVisible();
  await expect(filing.filter({ hasText: 'Change' })).toBeVisible();

  await staff.goto(adminUrl('acme', '/admin/companies'));
  await staff.getByRole('link', { name: 'Cool Air', exact: true }).click();
  const vendors = card(staff, 'Vendors');
  await expect(vendors.getByRole('listitem', { name: 'Otis Elevators' })).toContainText('service@otis.example');
  await expect(vendors.getByRole('listitem', { name: 'Carrier HVAC Supply' })).toBeVisible();
  await staffContext.close();
});

test('a Basic user has no Portal Admin: no menu entry, and its pages are not found', async ({ page }) => {
  await clientSession(page, 'franco@coolair.com');
  await expect(page.getByRole('link', { name: 'Portal Admin' })).toHaveCount(0);
  const response = await page.goto(tenantUrl('acme', '/portal-admin/queues'));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('table', { name: 'Queues' })).toHaveCount(0);
});
