import { expect, test, type Page } from '@playwright/test';
import { adminUrl, clientSession, signInStaff, tenantUrl } from './fixtures';

/** A calendar day in a time zone, `offset` days from now ("YYYY-MM-DD"). */
const dayIn = (timeZone: string, offset = 0) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('en-CA', { timeZone });
const coolAirDay = (offset = 0) => dayIn('America/New_York', offset);

/** Portal Admin › a tab (Portal Admin itself opens the first page the level allows, Logins for a Manager). */
async function openPortalAdminPage(page: Page, tab: 'Out of Office Settings' | 'Scheduled Off Hours') {
  await page.goto(tenantUrl('acme', '/portal-admin/out-of-office'));
  const tabs = page.getByRole('navigation', { name: 'Portal Admin' });
  await tabs.getByRole('link', { name: tab }).click();
  await expect(tabs.getByRole('link', { name: tab })).toHaveAttribute('aria-current', 'page');
}

test.describe.configure({ mode: 'serial', timeout: 90_000 });

test('a Manager marks a colleague out of office with herself as delegate; staff see it next to the contact', async ({ page, browser }) => {
  await clientSession(page, 'nataliya@coolair.com');
  await openPortalAdminPage(page, 'Out of Office Settings');
  const form = page.getByRole('form', { name: 'Mark someone away' });
  await form.getByLabel('Contact').selectOption({ label: 'Franco Rossi' });
  await form.getByLabel('Away from').fill(coolAirDay());
  await form.getByLabel('Away until').fill(coolAirDay(7));
  await form.getByLabel('Delegate').selectOption({ label: 'Nataliya Kovalenko' });
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Out of office saved for Franco Rossi.')).toBeVisible();
  const franco = page.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Franco Rossi' });
  await expect(franco).toContainText('Away now');
  await expect(franco).toContainText('Nataliya Kovalenko');

  const staff = await browser.newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(adminUrl('acme', '/admin/companies'));
  await staff.getByRole('link', { name: 'Cool Air', exact: true }).click();
  const row = staff.getByRole('table', { name: 'Contacts' }).getByRole('row').filter({ hasText: 'Franco Rossi' });
  await expect(row).toContainText(`Out of office until ${coolAirDay(7)}`);
  await row.getByRole('link', { name: 'Franco Rossi' }).click();
  await expect(staff.getByRole('heading', { level: 1 })).toContainText(`Out of office until ${coolAirDay(7)}`);
  await staff.close();

  // As the demo data had it: since yesterday, for ten days, Nataliya standing in.
  await form.getByLabel('Contact').selectOption({ label: 'Franco Rossi' });
  await form.getByLabel('Away from').fill(dayIn('UTC', -1));
  await form.getByLabel('Away until').fill(dayIn('UTC', 10));
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form.getByText('Out of office saved for Franco Rossi.')).toBeVisible();
});

test('a closure today puts the client off hours: a new service request is marked, and staff see both', async ({ page, browser }) => {
  await clientSession(page, 'nataliya@coolair.com');
  await openPortalAdminPage(page, 'Scheduled Off Hours');
  await expect(page.getByRole('form', { name: 'Opening hours' }).getByLabel('Time zone')).toHaveValue('America/New_York');
  const add = page.getByRole('form', { name: 'Add closure' });
  await add.getByLabel('Date').fill(coolAirDay());
  await add.getByLabel('Name').fill('Team day');
  await add.getByRole('button', { name: 'Add closure' }).click();
  await expect(page.getByRole('list', { name: 'Closures' })).toContainText('Team day');
  await expect(page.getByText('Off hours now')).toBeVisible();

  try {
    await page.goto(tenantUrl('acme', '/tickets/new'));
    const request = page.getByRole('form', { name: 'New service request' });
    await request.getByLabel('Title').fill('Air conditioning dripping');
    await request.getByLabel('Description').fill('Water drips from the unit in the hall.');
    await request.getByRole('button', { name: 'Create service request' }).click();
    await expect(page).toHaveURL(/\/tickets\/[0-9a-f-]{36}$/);
    await expect(page.getByText('Created during your company’s scheduled off hours')).toBeVisible();
    const ticketId = new URL(page.url()).pathname.split('/').pop();

    const staff = await browser.newPage();
    await signInStaff(staff, 'owner@acme.test');
    await staff.goto(adminUrl('acme', `/admin/tickets/${ticketId}`));
    await expect(staff.getByRole('heading', { level: 1 })).toContainText('Air conditioning dripping');
    await expect(staff.getByText('Client is off hours now')).toBeVisible();
    await expect(staff.getByText("Created during the client's scheduled off hours")).toBeVisible();
    await expect(staff.getByText('Ticket contact: Nataliya Kovalenko')).toBeVisible();
    await staff.goto(adminUrl('acme', '/admin/companies'));
    await staff.getByRole('link', { name: 'Cool Air', exact: true }).click();
    await expect(staff.getByText('Client is off hours now')).toBeVisible();
    await staff.close();
  } finally {
    // Cool Air's schedule as it was, for the specs that follow.
    await page.goto(tenantUrl('acme', '/portal-admin/off-hours'));
    await page.getByRole('form', { name: 'Remove closure Team day' }).getByRole('button', { name: 'Remove' }).click();
    await expect(page.getByRole('list', { name: 'Closures' })).not.toContainText('Team day');
  }
});
