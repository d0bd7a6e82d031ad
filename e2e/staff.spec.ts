import { expect, test, type Page } from '@playwright/test';
import { adminUrl, outboxLinks, signInStaff } from './fixtures';

const STAFF_INVITATION = "You've been invited to the Acme Services staff section";
const NEW_PASSWORD = 'a-long-staff-passphrase';

/** The first record of a staff list (Projects, Tickets) opened. */
async function openFirst(page: Page, list: 'Projects' | 'Tickets') {
  await page.goto(adminUrl('acme', `/admin/${list.toLowerCase()}`));
  // The first row with cells (the header row's links sort the list).
  await page.getByRole('table', { name: list }).getByRole('row').filter({ has: page.getByRole('cell') }).first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/admin\/(projects|tickets)\/[0-9a-f-]{36}$/);
}

test('the owner invites a staff member, who chooses a password and signs in with only the permissions given; a change applies, deactivation ends the session', async ({ browser }) => {
  test.slow();
  const email = `sam.${Date.now()}@acme.test`;
  const ownerContext = await browser.newContext();
  const owner = await ownerContext.newPage();
  await signInStaff(owner, 'owner@acme.test');
  await owner.getByRole('navigation', { name: 'Admin sections' }).getByRole('link', { name: 'Organization Settings' }).click();
  await owner.getByRole('navigation', { name: 'Organization Settings' }).getByRole('link', { name: 'Staff' }).click();
  await expect(owner.getByRole('heading', { name: 'Staff', exact: true })).toBeVisible();
  await expect(owner.getByRole('table', { name: 'Staff' }).getByRole('row', { name: /Olivia Owner/ })).toContainText('Every permission');

  await owner.getByRole('button', { name: 'Invite Staff Member' }).click();
  const dialog = owner.getByRole('dialog', { name: 'Invite Staff Member' });
  await dialog.getByLabel('Name').fill('Sam Staff');
  await dialog.getByLabel('E-mail').fill('HELPDESK@acme.test');
  await expect(dialog.getByText('Open View Portal to see the portal exactly as a client sees it (read-only).')).toBeVisible();
  await dialog.getByLabel('Edit tickets').check();
  await dialog.getByRole('button', { name: 'Send Invitation' }).click();
  await expect(dialog.getByText('A staff member with this e-mail already exists.')).toBeVisible();
  await dialog.getByLabel('E-mail').fill(email);
  await dialog.getByRole('button', { name: 'Send Invitation' }).click();
  await expect(owner.getByRole('status').filter({ hasText: `Sam Staff was invited. The invitation was sent to ${email}.` })).toBeVisible();
  const row = owner.getByRole('table', { name: 'Staff' }).getByRole('row', { name: new RegExp(email.replaceAll('.', '\\.')) });
  await expect(row).toContainText('Invited');
  await expect(row).toContainText('Edit tickets');

  // The invitation, followed from the Outbox, opens the welcome page on the staff origin.
  const [link] = await outboxLinks(browser, email, STAFF_INVITATION);
  expect(link.startsWith(adminUrl('acme', '/admin/welcome?token='))).toBe(true);
  const memberContext = await browser.newContext();
  const member = await memberContext.newPage();
  await member.goto(link);
  await expect(member.getByRole('heading', { name: 'Welcome, Sam Staff' })).toBeVisible();
  await member.getByLabel('New Password').fill(email);
  await member.getByLabel('Confirm Password').fill(email);
  await member.getByRole('button', { name: 'Set Password' }).click();
  await expect(member.getByText('Password cannot be your logon name or e-mail address.')).toBeVisible();
  await member.getByLabel('New Password').fill(NEW_PASSWORD);
  await member.getByLabel('Confirm Password').fill(NEW_PASSWORD);
  await member.getByRole('button', { name: 'Set Password' }).click();
  await expect(member.getByRole('status')).toContainText('Your password is set.');
  await member.getByRole('link', { name: 'Sign in' }).click();
  const form = member.getByRole('form', { name: 'Sign in with password' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(NEW_PASSWORD);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(member.getByText('Signed in as Sam Staff')).toBeVisible();

  // The link works once.
  const reused = await browser.newPage();
  await reused.goto(link);
  await expect(reused.getByText('This invitation link was already used.')).toBeVisible();
  await reused.close();

  // Tickets may be changed, projects only looked at, staff only looked at.
  await openFirst(member, 'Tickets');
  await expect(member.getByText(/View only: changing this needs/)).toHaveCount(0);
  await openFirst(member, 'Projects');
  await expect(member.getByText('View only: changing this needs the “edit projects” permission.')).toBeVisible();
  const projectUrl = member.url();
  await member.goto(adminUrl('acme', '/admin/settings/staff'));
  await expect(member.getByText('View only: changing this needs the “manage staff” permission.')).toBeVisible();
  await expect(member.getByRole('button', { name: 'Invite Staff Member' })).toHaveCount(0);

  // The owner adds Edit projects: it applies at once.
  await row.getByRole('link', { name: 'Sam Staff' }).click();
  await expect(owner.getByRole('heading', { name: 'Sam Staff' })).toBeVisible();
  await owner.getByLabel('Edit projects').check();
  await owner.getByRole('button', { name: 'Save Permissions' }).click();
  await expect(owner.getByRole('status').filter({ hasText: 'Permissions of Sam Staff saved.' })).toBeVisible();
  await expect(owner.getByTestId('permission-summary')).toHaveText('Edit projects, Edit tickets');
  await member.goto(projectUrl);
  await expect(member.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(member.getByText(/View only: changing this needs/)).toHaveCount(0);

  // Deactivated: the open session ends, and signing in again is refused.
  await owner.getByRole('button', { name: 'Deactivate' }).click();
  await expect(owner.getByRole('status').filter({ hasText: 'Sam Staff was deactivated and signed out everywhere.' })).toBeVisible();
  await expect(owner.getByRole('button', { name: 'Activate' })).toBeVisible();
  await member.reload();
  await expect(member.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await member.getByRole('form', { name: 'Sign in with password' }).getByLabel('Email').fill(email);
  await member.getByRole('form', { name: 'Sign in with password' }).getByLabel('Password').fill(NEW_PASSWORD);
  await member.getByRole('form', { name: 'Sign in with password' }).getByRole('button', { name: 'Sign in' }).click();
  await expect(member.getByText('Incorrect e-mail or password.')).toBeVisible();

  // Removed after Yes: gone from the list.
  await owner.getByRole('button', { name: 'Remove' }).click();
  const confirm = owner.getByRole('alertdialog', { name: 'Remove staff member' });
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(owner.getByRole('heading', { name: 'Sam Staff' })).toBeVisible();
  await owner.getByRole('button', { name: 'Remove' }).click();
  await confirm.getByRole('button', { name: 'Yes' }).click();
  await expect(owner).toHaveURL(adminUrl('acme', '/admin/settings/staff'));
  await expect(owner.getByRole('table', { name: 'Staff' })).not.toContainText(email);
  await ownerContext.close();
  await memberContext.close();
});

test('the last staff member who can manage staff cannot take that away from themselves', async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(adminUrl('acme', '/admin/settings/staff'));
  await page.getByRole('table', { name: 'Staff' }).getByRole('link', { name: 'Olivia Owner' }).click();
  await page.getByLabel('Manage staff').uncheck();
  await page.getByRole('button', { name: 'Save Permissions' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This is the last active staff member who can manage staff.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Manage staff')).toBeChecked();
});

test('staff see their own sessions, the current one marked, and end another', async ({ browser }) => {
  const major = 100 + Math.floor(Math.random() * 800);
  const elsewhere = await browser.newContext({ userAgent: `Mozilla/5.0 (X11; Linux x86_64; rv:${major}.0) Gecko/20100101 Firefox/${major}.0` });
  const other = await elsewhere.newPage();
  await signInStaff(other, 'helpdesk@acme.test');

  const context = await browser.newContext();
  const page = await context.newPage();
  await signInStaff(page, 'helpdesk@acme.test');
  await page.getByRole('link', { name: /Signed in as Hank Helpdesk/ }).click();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await expect(page.getByText('View only (no permissions)')).toBeVisible();
  const table = page.getByRole('table', { name: 'Your sessions' });
  await expect(table.getByRole('row').filter({ hasText: 'This session' })).toHaveCount(1);
  const firefox = table.getByRole('row').filter({ hasText: `Firefox ${major} (Linux)` });
  await firefox.getByRole('button', { name: 'End session' }).click();
  await expect(firefox).toHaveCount(0);

  await other.reload();
  await expect(other.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your account' })).toBeVisible();
  await elsewhere.close();
  await context.close();
});
