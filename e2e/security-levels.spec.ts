import { expect, test, type Page } from '@playwright/test';
import { addPortalUser, adminUrl, signInStaff } from './fixtures';

const levelsPage = adminUrl('acme', '/admin/settings/security-levels');
const levels = (page: Page) => page.getByRole('table', { name: 'Security levels' });
const row = (page: Page, name: string) =>
  levels(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) });

async function openSecurityLevels(page: Page) {
  await page.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Organization Settings' }).click();
  await page.getByRole('navigation', { name: 'Organization Settings' }).getByRole('link', { name: 'Security Levels' }).click();
  await expect(page.getByRole('heading', { name: 'Security Levels' })).toBeVisible();
}

/** Portal Access › a portal user's Edit Portal User page. */
async function editPortalUser(page: Page, email: string) {
  await page.goto(adminUrl('acme', `/admin/portal-access?q=${encodeURIComponent(email)}`));
  await page.getByRole('table').getByRole('link', { name: email, exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Edit Portal User' })).toBeVisible();
}

test('the owner copies Basic into a level that sees all company tickets, gives it to a portal user, and deletes it moving the user', async ({ page }) => {
  test.slow();
  const email = `supervisor.${Date.now()}@loop.org`;
  await signInStaff(page, 'owner@acme.test');
  await openSecurityLevels(page);

  for (const name of ['Basic', 'Advanced', 'Manager']) {
    await expect(row(page, name)).toContainText('Built-in');
    await expect(row(page, name).getByRole('link', { name: `View ${name}` })).toBeVisible();
    await expect(row(page, name).getByRole('button', { name: `Delete ${name}` })).toHaveCount(0);
  }
  await expect(row(page, 'Approver')).toContainText('Custom');
  await expect(row(page, 'Approver').getByRole('link', { name: 'Edit Approver' })).toBeVisible();

  // A built-in level opens read-only, with a Copy button.
  await row(page, 'Basic').getByRole('link', { name: 'View Basic' }).click();
  await expect(page.getByText('Built-in levels cannot be changed.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Copy', exact: true }).click();

  await expect(page.getByRole('heading', { name: 'New Security Level' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Copy of Basic');
  const tickets = page.getByRole('group', { name: 'Tickets' });
  await expect(tickets.getByLabel('Create new Service Requests (and add Notes and Attachments)')).toBeChecked();
  await expect(tickets.getByLabel('All tickets, including Subsidiary Tickets')).not.toBeChecked();
  await expect(page.getByRole('group', { name: 'Reports' }).getByLabel('View Invoice and Block Hour Reports')).not.toBeChecked();
  await page.getByLabel('Name', { exact: true }).fill('Site Supervisor');
  await tickets.getByLabel('All tickets, including Subsidiary Tickets').check();
  await page.getByLabel('Assignable by client').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Security level Site Supervisor added.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Edit Security Level' })).toBeVisible();

  // The same name, in other letters, is refused.
  await page.goto(adminUrl('acme', '/admin/settings/security-levels/new'));
  await page.getByLabel('Name', { exact: true }).fill('site supervisor');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('A security level with this name already exists.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New Security Level' })).toBeVisible();

  // Edit Portal User: hovering or focusing a level shows what it allows; the level is chosen with its radio button.
  await page.goto(adminUrl('acme', '/admin/portal-access'));
  await addPortalUser(page, { company: 'The Loop', email, firstName: 'Sam' });
  await editPortalUser(page, email);
  const picker = page.getByRole('group', { name: 'Security level' });
  const allows = picker.getByRole('region', { name: 'What the level allows' });
  await expect(picker.getByRole('radio', { name: 'Basic' })).toBeChecked();
  await expect(allows).toContainText('Basic (built-in) allows:');
  await picker.getByText('Site Supervisor', { exact: true }).hover();
  await expect(allows).toContainText('All tickets, including Subsidiary Tickets');
  await page.getByRole('heading', { name: 'Edit Portal User' }).hover();
  await picker.getByRole('radio', { name: 'Basic' }).focus();
  await page.keyboard.press('ArrowDown');
  await expect(picker.getByRole('radio', { name: 'Approver' })).toBeFocused();
  await expect(allows).toContainText('Approver (custom) allows:');
  await expect(picker.getByRole('radio', { name: 'Site Supervisor' })).toHaveAccessibleDescription(/All tickets, including Subsidiary Tickets/);
  await picker.getByRole('radio', { name: 'Site Supervisor' }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Portal user saved.')).toBeVisible();

  // Deleting a held level asks where its users go.
  await page.goto(levelsPage);
  await expect(row(page, 'Site Supervisor')).toContainText('Yes');
  await expect(row(page, 'Site Supervisor').getByRole('cell').nth(3)).toHaveText('1');
  await row(page, 'Site Supervisor').getByRole('button', { name: 'Delete Site Supervisor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete security level' });
  await dialog.getByRole('button', { name: 'Yes' }).click();
  await expect(dialog.getByText('Choose the level its 1 portal user moves to.')).toBeVisible();
  await dialog.getByLabel('Move its 1 portal user to').selectOption({ label: 'Advanced' });
  await dialog.getByRole('button', { name: 'Yes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Security level Site Supervisor deleted. Its 1 portal user now has Advanced.' })).toBeVisible();
  await expect(row(page, 'Site Supervisor')).toHaveCount(0);

  await editPortalUser(page, email);
  await expect(page.getByRole('group', { name: 'Security level' }).getByRole('radio', { name: 'Advanced' })).toBeChecked();
});

test('staff without “manage security levels” see the levels but cannot change them', async ({ page }) => {
  await signInStaff(page, 'helpdesk@acme.test');
  await page.goto(levelsPage);
  await expect(page.getByText('View only: changing this needs the “manage security levels” permission.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New Security Level' })).toHaveCount(0);
  await expect(row(page, 'Approver').getByRole('link', { name: 'Copy Approver' })).toHaveCount(0);
  await row(page, 'Approver').getByRole('link', { name: 'View Approver' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
});
