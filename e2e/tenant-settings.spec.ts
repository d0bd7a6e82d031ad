import { expect, test } from '@playwright/test';
import { generate } from 'otplib';
import { addPortalUser, chooseCompany, invitationSubject, newClient, outboxLinks, setPasswordFromLink, signInClient, signInStaff, tenantUrl, adminUrl } from './fixtures';

test.describe.configure({ mode: 'serial' });

const settingsUrl = adminUrl('acme', '/admin/settings/client-portal');

test('Organization Settings › Client Portal validates the invitation lifetime and is read-only without the permission', async ({ page, browser }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(adminUrl('acme', '/admin/settings'));
  await expect(page).toHaveURL(settingsUrl);
  const lifetime = page.getByLabel('Invitation link lifetime (hours)');
  await expect(lifetime).toHaveValue('48');
  await lifetime.fill('0');
  await page.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Invitation links must last at least 1 hour.')).toBeVisible();
  await lifetime.fill('400');
  await page.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Invitation links can last at most 14 days (336 hours).')).toBeVisible();
  await page.reload();
  await expect(lifetime).toHaveValue('48');

  const helpdesk = await browser.newPage();
  await signInStaff(helpdesk, 'helpdesk@acme.test');
  await helpdesk.goto(settingsUrl);
  await expect(helpdesk.getByLabel('Portal Activation')).toBeDisabled();
  await expect(helpdesk.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await helpdesk.close();
});

test('Portal Activation off: clients see the portal is not available, and new portal users get no invitation', async ({ page, browser }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(settingsUrl);
  await page.getByLabel('Portal Activation').uncheck();
  await page.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Client portal settings saved.')).toBeVisible();

  const client = await browser.newPage();
  await client.goto(tenantUrl('acme', '/sign-in'));
  await expect(client.getByRole('heading', { name: 'Portal not available' })).toBeVisible();
  await expect(client.getByLabel('Password')).toHaveCount(0);

  await page.goto(adminUrl('acme', '/admin/portal-access'));
  await expect(page.getByText('The client portal is not activated: new portal users are saved, but no invitations are sent.')).toBeVisible();
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Add New Portal User' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add New Portal User' });
  await chooseCompany(dialog, 'The Loop');
  await dialog.getByLabel('Company email').fill('offline@loop.org');
  await dialog.getByLabel('First name').fill('Off');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Portal user offline@loop.org saved.' })).toContainText('The client portal is not activated, so no invitation was sent.');

  await page.goto(settingsUrl);
  await page.getByLabel('Portal Activation').check();
  await page.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Client portal settings saved.')).toBeVisible();
  await client.reload();
  await expect(client.getByLabel('Password')).toBeVisible();
  await client.close();

  await page.goto(adminUrl('acme', '/admin/outbox'));
  await expect(page.getByRole('heading', { name: 'Outbox' })).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('offline@loop.org');
});

test('two-factor authentication required for everyone: a client without it is taken to set-up after signing in', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'everyone2fa@loop.org');
  await setPasswordFromLink(page, link);
  await page.getByRole('button', { name: 'Profile menu' }).click();
  await page.getByRole('menuitem', { name: 'Log Off' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));

  const staff = await browser.newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(settingsUrl);
  await staff.getByLabel('Require two-factor authentication for all portal users').check();
  await staff.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(staff.getByText('Client portal settings saved.')).toBeVisible();

  try {
    await signInClient(page, 'everyone2fa@loop.org', 'a-long-new-passphrase');
    await expect(page).toHaveURL(tenantUrl('acme', '/two-factor/setup'));
    const secret = (await page.getByTestId('totp-secret').textContent())!;
    await page.getByLabel('Authentication code').fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
    await page.getByRole('link', { name: 'Continue' }).click();
    await expect(page).toHaveURL(tenantUrl('acme', '/home'));
  } finally {
    await staff.getByLabel('Require two-factor authentication for all portal users').uncheck();
    await staff.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
    await expect(staff.getByText('Client portal settings saved.')).toBeVisible();
  }
  await staff.goto(adminUrl('acme', '/admin/portal-access?q=franco'));
  await staff.getByRole('link', { name: 'franco@coolair.com', exact: true }).click();
  await expect(staff.getByText('Two-Factor Authentication: Not Required')).toBeVisible();
  await staff.close();
});

test('a shorter invitation lifetime applies to invitations sent afterwards', async ({ page, browser }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(settingsUrl);
  await page.getByLabel('Invitation link lifetime (hours)').fill('1');
  await page.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Client portal settings saved.')).toBeVisible();
  await page.goto(adminUrl('acme', '/admin/portal-access'));
  await addPortalUser(page, { company: 'The Loop', email: 'onehour@loop.org', firstName: 'One' });
  await page.goto(adminUrl('acme', '/admin/outbox'));
  const message = page.getByRole('listitem', { name: `${invitationSubject} to onehour@loop.org` });
  await message.getByText('Message text').click();
  await expect(message).toContainText('expires in 1 hour.');
  await outboxLinks(browser, 'onehour@loop.org', invitationSubject);
  await page.goto(settingsUrl);
  await page.getByLabel('Invitation link lifetime (hours)').fill('48');
  await page.getByRole('form', { name: 'Client Portal settings' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Client portal settings saved.')).toBeVisible();
});

test('sharing defaults change the default of new items only', async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(adminUrl('acme', '/admin/projects'));
  await page.getByRole('link', { name: 'Rooftop HVAC Replacement' }).click();
  const posts = page.getByRole('region', { name: 'Updates, comments and notes' });
  const milestones = page.getByRole('region', { name: 'Milestones' });
  await expect(posts.getByRole('checkbox', { name: 'Show on Portal?', exact: true })).not.toBeChecked();
  await expect(milestones.getByRole('checkbox', { name: 'Show on Portal?', exact: true })).not.toBeChecked();
  const projectUrl = page.url();

  await page.goto(settingsUrl);
  const defaults = page.getByRole('form', { name: 'Sharing defaults' });
  await defaults.getByRole('switch', { name: 'Sharing' }).check();
  await defaults.getByRole('switch', { name: 'Milestones' }).check();
  await defaults.getByRole('button', { name: 'Save' }).click();
  await expect(defaults.getByText('Sharing defaults saved.')).toBeVisible();
  try {
    await page.goto(projectUrl);
    await expect(posts.getByRole('checkbox', { name: 'Show on Portal?', exact: true })).toBeChecked();
    await expect(milestones.getByRole('checkbox', { name: 'Show on Portal?', exact: true })).toBeChecked();
    await expect(page.getByRole('region', { name: 'Tasks' }).getByRole('checkbox', { name: 'Show on Portal?', exact: true })).not.toBeChecked();
    await expect(posts.getByRole('switch', { name: /Check the margin/ })).toHaveAttribute('aria-checked', 'false');
    await expect(milestones.getByRole('switch', { name: 'Show on Portal? Crane permit' })).toHaveAttribute('aria-checked', 'false');
    await milestones.getByLabel('Milestone name').fill('Handover');
    await milestones.getByRole('button', { name: 'Add milestone' }).click();
    await expect(milestones.getByRole('switch', { name: 'Show on Portal? Handover' })).toHaveAttribute('aria-checked', 'true');
  } finally {
    await page.goto(settingsUrl);
    await defaults.getByRole('switch', { name: 'Sharing' }).uncheck();
    await defaults.getByRole('switch', { name: 'Milestones' }).uncheck();
    await defaults.getByRole('button', { name: 'Save' }).click();
    await expect(defaults.getByText('Sharing defaults saved.')).toBeVisible();
  }
});

test('Custom Code is saved automatically and applies to client-portal pages only, never to admin pages', async ({ page, browser }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(settingsUrl);
  const status = page.getByTestId('custom-code-status');
  await page.getByLabel('Custom CSS').fill('x'.repeat(100_001));
  await expect(status).toHaveText('Save failed: Custom CSS can be at most 100,000 characters.');
  await page.getByLabel('Custom CSS').fill('body { border-top: 7px solid rgb(255, 0, 0); }');
  await page.getByLabel('Custom JavaScript').fill("document.documentElement.dataset.customCode = 'ran';");
  await expect(status).toHaveText('All changes saved');
  try {
    await page.reload();
    await expect(page.getByLabel('Custom CSS')).toHaveValue('body { border-top: 7px solid rgb(255, 0, 0); }');
    expect(await page.evaluate(() => getComputedStyle(document.body).borderTopWidth)).toBe('0px');
    expect(await page.evaluate(() => document.documentElement.dataset.customCode)).toBeUndefined();

    const client = await browser.newPage();
    await client.goto(tenantUrl('acme', '/sign-in'));
    expect(await client.evaluate(() => getComputedStyle(document.body).borderTopWidth)).toBe('7px');
    await signInClient(client, 'franco@coolair.com');
    await expect(client).toHaveURL(tenantUrl('acme', '/home'));
    await client.reload();
    expect(await client.evaluate(() => getComputedStyle(document.body).borderTopWidth)).toBe('7px');
    expect(await client.evaluate(() => document.documentElement.dataset.customCode)).toBe('ran');
    await client.close();
  } finally {
    await page.getByLabel('Custom CSS').fill('');
    await page.getByLabel('Custom JavaScript').fill('');
    await expect(status).toHaveText('All changes saved');
  }
});
