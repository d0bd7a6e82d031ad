import { expect, test, type Page } from '@playwright/test';
import { adminUrl, chooseCompany, clientSession, invitationSubject, outboxLinks, setPasswordFromLink, signInStaff, tenantUrl } from './fixtures';

/**
 * Seeds 03 and 04: a client's Manager runs their own company's logins in Portal Admin — adding a login for a
 * colleague, who receives the invitation and signs in — and can give only the levels the provider marked
 * "Assignable by client". A Basic user has no Portal Admin at all.
 */
const PORTAL_ADMIN_PAGES = ['/portal-admin', '/portal-admin/logins', '/portal-admin/queues', '/portal-admin/request-types', '/portal-admin/vendors', '/portal-admin/out-of-office', '/portal-admin/off-hours'];

async function openLogins(page: Page) {
  await page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Portal Admin' }).click();
  await page.getByRole('navigation', { name: 'Portal Admin' }).getByRole('link', { name: 'Logins' }).click();
  await expect(page.getByRole('heading', { name: 'Logins', level: 2 })).toBeVisible();
}

test('Nataliya (Manager) adds a login for a Cool Air colleague, who receives the invitation and signs in', async ({ page, browser }) => {
  test.slow(); // four people sign in: Nataliya, staff twice (outbox, audit log) and the new user
  await clientSession(page, 'nataliya@coolair.com');
  await openLogins(page);
  const table = page.getByRole('table', { name: 'Logins' });
  await expect(table).toContainText('franco@coolair.com');
  await expect(table).not.toContainText('sales@loop.org');

  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Add login' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add login' });
  // her company and its subsidiaries, and no other
  await dialog.getByRole('combobox', { name: 'Company' }).fill('Loop');
  await expect(dialog.getByRole('status').filter({ hasText: 'No matches' })).toBeVisible();
  await chooseCompany(dialog, 'Cool Air', 'cool');
  await dialog.getByLabel('Company email').fill('tomas.berg@example.com');
  await dialog.getByLabel('First name').fill('Tomas');
  await dialog.getByLabel('Last name').fill('Berg');
  // only the levels the provider lets a client give (Technician is staff-only); hovering shows what one allows
  const picker = dialog.getByRole('group', { name: 'Security level' });
  for (const name of ['Basic', 'Approver', 'Advanced', 'Manager']) await expect(picker.getByRole('radio', { name })).toBeVisible();
  await expect(picker.getByRole('radio', { name: 'Technician' })).toHaveCount(0);
  await picker.getByText('Approver', { exact: true }).hover();
  await expect(picker.getByRole('region', { name: 'What the level allows' })).toContainText('All tickets, including Subsidiary Tickets');
  await picker.getByRole('radio', { name: 'Approver' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Login tomas.berg@example.com saved. An invitation was sent' })).toBeVisible();
  await expect(table).toContainText('tomas.berg@example.com');

  const [link] = await outboxLinks(browser, 'tomas.berg@example.com', invitationSubject);
  const tomas = await browser.newContext();
  const tomasPage = await tomas.newPage();
  await setPasswordFromLink(tomasPage, link);
  await expect(tomasPage.getByRole('button', { name: 'Profile menu' })).toContainText('Tomas Berg');
  // Approver is Basic plus all company tickets: no Portal Admin
  await expect(tomasPage.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Portal Admin' })).toHaveCount(0);
  await tomas.close();

  // staff see the change in the audit log, with Nataliya as the actor
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInStaff(staffPage, 'owner@acme.test');
  await staffPage.goto(adminUrl('acme', '/admin/audit?only=portal_user.'));
  await expect(staffPage.getByRole('row').filter({ hasText: 'Tomas Berg <tomas.berg@example.com>' }).filter({ hasText: 'Nataliya Kovalenko (client)' }).first()).toBeVisible();
  await staff.close();
});

test('Nataliya cannot give a staff-only level: the server refuses it even when the form is forged', async ({ page, browser }) => {
  test.slow(); // staff and Nataliya sign in
  // the id of the staff-only "Technician" level, as staff's Edit Portal User offers it
  const staff = await browser.newContext();
  const staffPage = await staff.newPage();
  await signInStaff(staffPage, 'owner@acme.test');
  await staffPage.goto(adminUrl('acme', '/admin/portal-access?q=franco%40coolair.com'));
  await staffPage.getByRole('link', { name: 'franco@coolair.com' }).click();
  const technician = await staffPage.getByRole('group', { name: 'Security level' }).getByRole('radio', { name: 'Technician' }).getAttribute('value');
  await staff.close();
  expect(technician).toBeTruthy();

  await clientSession(page, 'nataliya@coolair.com');
  await openLogins(page);
  await page.getByRole('link', { name: 'franco@coolair.com' }).click();
  await expect(page.getByRole('heading', { name: 'Edit login' })).toBeVisible();
  const picker = page.getByRole('group', { name: 'Security level' });
  await expect(picker.getByRole('radio', { name: 'Technician' })).toHaveCount(0);
  // a forged form: a second level field carrying the staff-only level's id (the last value of a field wins)
  await page.getByRole('form', { name: 'Edit login' }).evaluate((form: HTMLFormElement, id) => {
    const forged = document.createElement('input');
    Object.assign(forged, { type: 'hidden', name: 'securityLevelId', value: id });
    form.append(forged);
  }, technician);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Choose a level marked “Assignable by client”')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('group', { name: 'Security level' }).getByRole('radio', { name: 'Basic' })).toBeChecked();

  // nor may she deactivate herself
  await openLogins(page);
  await page.getByRole('link', { name: 'nataliya@coolair.com' }).click();
  await page.getByRole('button', { name: 'Deactivate' }).click();
  await expect(page.getByText('You cannot deactivate your own login.')).toBeVisible();
});

test('a Basic user has no Portal Admin: no menu entry, and every page is not found', async ({ page }) => {
  await clientSession(page, 'franco@coolair.com');
  await expect(page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Portal Admin' })).toHaveCount(0);
  for (const path of PORTAL_ADMIN_PAGES) {
    const response = await page.goto(tenantUrl('acme', path));
    expect(response?.status(), path).toBe(404);
  }
});
