import { expect, test, type Page } from '@playwright/test';
import { generate } from 'otplib';
import sharp from 'sharp';
import { expireLinks, newClient, openHelp, outboxLinks, setPasswordFromLink, signInClient, signInStaff, tenantUrl, adminUrl } from './fixtures';


const home = tenantUrl('acme', '/home');
const alert = (page: Page) => page.getByRole('main').getByRole('alert');

async function openProfileItem(page: Page, item: string) {
  await page.getByRole('button', { name: 'Profile menu' }).click();
  await page.getByRole('menuitem', { name: item }).click();
  if (item === 'Log Off') await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
}

test('first login: from the invitation e-mail through Set Password to the default dashboard, refusing bad passwords', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'first.login@loop.org');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Set Password' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Password Policy' })).toContainText('At least 10 characters');

  const newPassword = page.getByLabel('New Password');
  const confirm = page.getByLabel('Confirm Password');
  const save = page.getByRole('button', { name: 'Save' });
  await newPassword.fill('short');
  await confirm.fill('short');
  await save.click();
  await expect(page.getByText('Password must be at least 10 characters.')).toBeVisible();
  await newPassword.fill('password123');
  await confirm.fill('password123');
  await save.click();
  await expect(page.getByText('This password is too common. Choose one that is harder to guess.')).toBeVisible();
  await newPassword.fill('first.login@loop.org');
  await confirm.fill('first.login@loop.org');
  await save.click();
  await expect(page.getByText('Password cannot be your logon name or e-mail address.')).toBeVisible();
  await newPassword.fill('a-long-new-passphrase');
  await confirm.fill('a-long-new-passphrasf');
  await save.click();
  await expect(page.getByText('The passwords do not match.')).toBeVisible();

  await confirm.fill('a-long-new-passphrase');
  await save.click();
  await expect(page).toHaveURL(home);
  await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');

  await page.goto(link);
  await expect(page.getByText('This link was already used')).toBeVisible();
});

test('an expired invitation link says so and offers a new one', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'expired@loop.org');
  await expireLinks(page, 'expired@loop.org');
  await page.goto(link);
  await expect(page.getByText('This link has expired')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ask for a new link' })).toBeVisible();
  await expect(page.getByLabel('New Password')).toHaveCount(0);
});

test('sign in with the logon name or the e-mail; repeated failures lock the account for a while', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'locky@loop.org');
  await setPasswordFromLink(page, link);
  await openProfileItem(page, 'Log Off');
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
  await signInClient(page, 'LOCKY@loop.org', 'a-long-new-passphrase');
  await expect(page).toHaveURL(home);
  await openProfileItem(page, 'Log Off');
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));

  for (let i = 1; i <= 4; i++) {
    await signInClient(page, 'locky@loop.org', `wrong-password-${i}`);
    await expect(alert(page)).toHaveText('Incorrect logon name or password.');
  }
  await signInClient(page, 'locky@loop.org', 'wrong-password-5');
  await expect(alert(page)).toHaveText(/Too many failed sign-ins. Try again in 1[45] minutes./);
  await signInClient(page, 'locky@loop.org', 'a-long-new-passphrase');
  await expect(alert(page)).toContainText('Too many failed sign-ins');
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
});

test('Settings: a wrong old password is refused; a new password shows a message bar and ends other sessions', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'passer@loop.org');
  await setPasswordFromLink(page, link);
  const other = await browser.newPage();
  await signInClient(other, 'passer@loop.org', 'a-long-new-passphrase');
  await expect(other).toHaveURL(home);

  await openProfileItem(page, 'Settings');
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Old password').fill('not-my-password');
  await form.getByLabel('New password', { exact: true }).fill('brand-new-passphrase');
  await form.getByLabel('Confirm new password').fill('brand-new-passphrase');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByText('The old password is not correct.')).toBeVisible();

  await form.getByLabel('Old password').fill('a-long-new-passphrase');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toHaveText('Your password was changed. Your other sessions were signed out.');
  await other.reload();
  await expect(other).toHaveURL(tenantUrl('acme', '/sign-in'));
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await other.close();
});

test('Settings: a taken logon name is refused; changing it signs out, and the new name works', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'renamer@loop.org');
  await setPasswordFromLink(page, link);
  await page.goto(tenantUrl('acme', '/settings'));
  const form = page.getByRole('form', { name: 'Logon name' });
  await form.getByLabel('Logon name').fill('Sales@Loop.org');
  await form.getByRole('button', { name: 'Change logon name' }).click();
  await expect(form.getByText('This logon name is already taken.')).toBeVisible();
  await form.getByLabel('Logon name').fill('bad..name');
  await form.getByRole('button', { name: 'Change logon name' }).click();
  await expect(form.getByText('Logon name cannot contain two periods in a row.')).toBeVisible();

  await form.getByLabel('Logon name').fill('renamed.user');
  await form.getByRole('button', { name: 'Change logon name' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
  await page.goto(home);
  await expect(page).toHaveURL(tenantUrl('acme', '/sign-in'));
  await signInClient(page, 'renamed.user', 'a-long-new-passphrase');
  await expect(page).toHaveURL(home);
  await expect(page.getByRole('region', { name: 'Your account' })).toContainText('renamed.user');
});

test('Sessions: a user sees their active sessions and ends another one', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'sessions@loop.org');
  await setPasswordFromLink(page, link);
  const other = await browser.newPage();
  await signInClient(other, 'sessions@loop.org', 'a-long-new-passphrase');
  await expect(other).toHaveURL(home);

  await page.goto(tenantUrl('acme', '/settings?tab=sessions'));
  const table = page.getByRole('table', { name: 'Sessions' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).toContainText('This session');
  await expect(table).toContainText('Chrom');
  await table.getByRole('button', { name: 'End session' }).click();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await other.reload();
  await expect(other).toHaveURL(tenantUrl('acme', '/sign-in'));
  await other.close();
});

test('profile picture: other files and pictures over 4 megapixels are refused; PNG and TIFF are shown', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'picture@loop.org');
  await setPasswordFromLink(page, link);
  const upload = async (name: string, mimeType: string, buffer: Buffer) => {
    await openProfileItem(page, 'Update Profile Picture');
    const dialog = page.getByRole('dialog', { name: 'Update Profile Picture' });
    await dialog.getByLabel('Upload new picture').setInputFiles({ name, mimeType, buffer });
    await dialog.getByRole('button', { name: 'Upload file' }).click();
    return dialog;
  };

  let dialog = await upload('notes.png', 'image/png', Buffer.from('%PDF-1.4 this is not a picture at all'));
  await expect(dialog.getByRole('alert')).toHaveText('That file is not a JPEG, TIFF, PNG or GIF picture.');
  await page.keyboard.press('Escape');

  const fiveMegapixels = await sharp({ create: { width: 2500, height: 2000, channels: 3, background: '#3366cc' } }).png().toBuffer();
  dialog = await upload('big.png', 'image/png', fiveMegapixels);
  await expect(dialog.getByRole('alert')).toHaveText('That picture is 5 megapixels; the most is 4 megapixels.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Profile menu' }).locator('img')).toHaveCount(0);

  const tiff = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#cc3333' } }).tiff().toBuffer();
  dialog = await upload('me.jpg', 'image/jpeg', tiff);
  await expect(dialog.getByRole('status')).toHaveText('Your profile picture was updated.');
  await page.keyboard.press('Escape');
  const img = page.getByRole('button', { name: 'Profile menu' }).locator('img');
  await expect(img).toHaveAttribute('src', /\/avatar\//);
  const src = (await img.getAttribute('src'))!;
  expect(await page.evaluate(async (url) => (await fetch(url)).headers.get('content-type'), src)).toBe('image/png');
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBe(120);

  const png = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#33cc66' } }).png().toBuffer();
  dialog = await upload('me.png', 'image/png', png);
  await expect(dialog.getByRole('status')).toHaveText('Your profile picture was updated.');
});

test('two-factor authentication: required by the company, set up after sign-in, then asked at every sign-in; staff see the status and reset it', async ({ page, browser }) => {
  test.slow(); // a whole journey: staff, set-up, three sign-ins with codes, staff reset
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(adminUrl('acme', '/admin/companies'));
  await staff.getByRole('link', { name: 'Add company' }).click();
  await staff.getByLabel('Company name').fill('Secure Co');
  await staff.getByLabel('Email').fill('it@secure.test');
  await staff.getByLabel('Require two-factor authentication').check();
  await staff.getByRole('button', { name: 'Save' }).click();
  await expect(staff.getByText('Company added.')).toBeVisible();

  const { link } = await newClient(browser, 'tfa@secure.test', 'a-long-new-passphrase', 'Secure Co');
  await page.goto(link);
  await page.getByLabel('New Password').fill('a-long-new-passphrase');
  await page.getByLabel('Confirm Password').fill('a-long-new-passphrase');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/two-factor/setup'));
  await expect(page.getByText('Acme Services requires two-factor authentication for your account.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
  await page.goto(home);
  await expect(page).toHaveURL(tenantUrl('acme', '/two-factor/setup'));

  const secret = (await page.getByTestId('totp-secret').textContent())!;
  await page.getByLabel('Authentication code').fill('000000');
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  await expect(page.getByText('That code is not valid.')).toBeVisible();
  await page.getByLabel('Authentication code').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Turn on two-factor authentication' }).click();
  const codes = page.getByRole('list', { name: 'Save your recovery codes' }).getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!;
  await page.getByRole('link', { name: 'Continue' }).click();
  await expect(page).toHaveURL(home);

  await openProfileItem(page, 'Log Off');
  await signInClient(page, 'tfa@secure.test', 'a-long-new-passphrase');
  await expect(page).toHaveURL(tenantUrl('acme', '/two-factor'));
  await page.getByLabel('Authentication code').fill('123456');
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(alert(page)).toHaveText('That code is not valid. Try the newest code from your app.');
  await page.getByLabel('Authentication code').fill(await generate({ secret }));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(home);

  await openProfileItem(page, 'Log Off');
  await signInClient(page, 'tfa@secure.test', 'a-long-new-passphrase');
  await page.getByLabel('Authentication code').fill(recovery);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(home);

  await staff.goto(adminUrl('acme', '/admin/portal-access?q=tfa%40secure'));
  await staff.getByRole('link', { name: 'tfa@secure.test', exact: true }).click();
  await expect(staff.getByText('Two-Factor Authentication: Configured')).toBeVisible();
  await staff.getByRole('button', { name: 'Reset 2FA' }).click();
  await expect(staff.getByText('Two-factor authentication was reset for tfa@secure.test.')).toBeVisible();
  await expect(staff.getByText('Two-Factor Authentication: Not Configured')).toBeVisible();
  await staffContext.close();
});

test('Dashboards: reorder by drag and by keyboard; the menu and the landing page follow; add and remove', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'dashboards@loop.org');
  await setPasswordFromLink(page, link);
  const menu = page.getByRole('navigation', { name: 'Dashboards' }).getByRole('link');
  await expect(menu).toHaveText(['Overview', 'Tickets', 'Projects']);

  await page.goto(tenantUrl('acme', '/settings?tab=dashboards'));
  const selected = page.getByTestId('selected-dashboard');
  await expect(selected).toHaveText(['Overview', 'Tickets', 'Projects']);

  const from = await page.getByRole('button', { name: 'Move Projects', exact: true }).boundingBox();
  const to = await page.getByRole('button', { name: 'Move Overview', exact: true }).boundingBox();
  await page.mouse.move(from!.x + from!.width / 2, from!.y + from!.height / 2);
  await page.mouse.down();
  await page.mouse.move(from!.x + 5, from!.y - 10, { steps: 5 });
  await page.mouse.move(to!.x + to!.width / 2, to!.y - 4, { steps: 15 });
  await page.mouse.up();
  await expect(selected).toHaveText(['Projects', 'Overview', 'Tickets']);
  await expect(page.getByText('Dashboards saved.')).toBeVisible();
  await expect(menu).toHaveText(['Projects', 'Overview', 'Tickets']);

  await page.getByRole('button', { name: 'Move Tickets', exact: true }).focus();
  // dnd-kit's keyboard sensor takes one step per animation frame: a key pressed sooner is dropped, so the
  // test keys at a person's pace.
  for (const key of ['Space', 'ArrowUp', 'ArrowUp', 'Space']) {
    await page.keyboard.press(key);
    await page.waitForTimeout(250);
  }
  await expect(selected).toHaveText(['Tickets', 'Projects', 'Overview']);
  await expect(menu).toHaveText(['Tickets', 'Projects', 'Overview']);

  // A Basic user may not see invoices; The Loop has the knowledge base switched on.
  await expect(page.getByRole('button', { name: 'Add Invoices' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Add Knowledge Base' }).click();
  await expect(selected).toHaveText(['Tickets', 'Projects', 'Overview', 'Knowledge Base']);
  await page.getByRole('button', { name: 'Remove Projects', exact: true }).click();
  await expect(selected).toHaveText(['Tickets', 'Overview', 'Knowledge Base']);
  await expect(menu).toHaveText(['Tickets', 'Overview', 'Knowledge Base']);

  await page.goto(home);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tickets');
  await page.reload();
  await expect(menu).toHaveText(['Tickets', 'Overview', 'Knowledge Base']);
  expect((await page.goto(tenantUrl('acme', '/dashboards/invoices')))?.status()).toBe(404);
});

test('language: French translates the portal and formats follow the contact’s settings', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'francais@loop.org');
  await setPasswordFromLink(page, link);
  await page.goto(tenantUrl('acme', '/settings'));
  await page.getByRole('form', { name: 'Language' }).getByLabel('Language').selectOption('fr');
  await page.getByRole('form', { name: 'Language' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Paramètres' })).toBeVisible();
  await expect(page.getByText('Langue enregistrée.')).toBeVisible();
  await page.getByRole('form', { name: 'Formats' }).getByLabel('Format de date').selectOption('dd.MM.yyyy');
  await page.getByRole('form', { name: 'Formats' }).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Formats enregistrés.')).toBeVisible();

  await page.goto(home);
  await expect(page.getByRole('heading', { name: 'Bienvenue, francais' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Votre compte' })).toContainText(/Dernière connexion\s*\d{2}\.\d{2}\.\d{4}/);
  await expect(page.getByRole('navigation', { name: 'Tableaux de bord' })).toContainText('Vue d’ensemble');
  await page.getByRole('button', { name: 'Menu du profil' }).click();
  await expect(page.getByRole('menuitem', { name: 'Se déconnecter' })).toBeVisible();
  await page.keyboard.press('Escape');

  await page.goto(tenantUrl('acme', '/settings'));
  await page.getByRole('form', { name: 'Nom d’utilisateur' }).getByLabel('Nom d’utilisateur').fill('abc');
  await page.getByRole('button', { name: 'Changer le nom d’utilisateur' }).click();
  await expect(page.getByText('Le nom d’utilisateur doit comporter au moins 4 caractères.')).toBeVisible();

  await page.getByRole('form', { name: 'Langue' }).getByLabel('Langue').selectOption('en');
  await page.getByRole('form', { name: 'Langue' }).getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
});

test('My Notifications: unread count in the header, mark read, mark all read, e-mail preferences', async ({ page, browser }) => {
  test.slow(); // staff and the client sign in; several notices are made and read
  const { link } = await newClient(browser, 'notified@loop.org');
  await setPasswordFromLink(page, link);
  const bell = page.getByRole('link', { name: /^My Notifications:/ });
  await expect(bell).toHaveAccessibleName('My Notifications: 1 unread notification');

  await page.goto(tenantUrl('acme', '/settings'));
  const form = page.getByRole('form', { name: 'Change password' });
  await form.getByLabel('Old password').fill('a-long-new-passphrase');
  await form.getByLabel('New password', { exact: true }).fill('notified-new-passphrase');
  await form.getByLabel('Confirm new password').fill('notified-new-passphrase');
  await form.getByRole('button', { name: 'Change password' }).click();
  await expect(form.getByRole('status')).toBeVisible();
  await expect(bell).toHaveAccessibleName('My Notifications: 2 unread notifications');
  const [mailed] = await outboxLinks(browser, 'notified@loop.org', 'Your password was changed');
  expect(mailed).toBe(tenantUrl('acme', '/notifications'));

  await page.getByRole('button', { name: 'Profile menu' }).click();
  await page.getByRole('menuitem', { name: 'My Notifications' }).click();
  const list = page.getByRole('list', { name: 'My Notifications' });
  await list.getByRole('listitem', { name: 'Your password was changed' }).getByRole('button', { name: 'Mark as read' }).click();
  await expect(bell).toHaveAccessibleName('My Notifications: 1 unread notification');
  await page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(bell).toHaveAccessibleName('My Notifications: No unread notifications');
  await expect(page.getByTestId('unread-count')).toHaveCount(0);

  const prefs = page.getByRole('form', { name: 'E-mail preferences' });
  await prefs.getByLabel('E-mail me updates to my projects').uncheck();
  await prefs.getByRole('button', { name: 'Save preferences' }).click();
  await expect(prefs.getByText('E-mail preferences saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'E-mail preferences' }).getByLabel('E-mail me updates to my projects')).not.toBeChecked();
  await expect(page.getByRole('form', { name: 'E-mail preferences' }).getByLabel('E-mail me my notifications')).toBeChecked();
});

test('Help sidebar and About with release, build and legal links', async ({ page }) => {
  await signInClient(page, 'franco@coolair.com');
  await expect(page).toHaveURL(home);
  // Cool Air has the knowledge base on: Help searches its articles (the knowledge-base spec goes further).
  const sidebar = await openHelp(page);
  await sidebar.getByLabel('Search articles').fill('thermostat');
  await expect(sidebar.getByRole('button', { name: /Resetting your thermostat/ })).toBeVisible();
  await sidebar.getByRole('button', { name: 'Close help' }).click();

  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'About' }).click();
  const about = page.getByRole('dialog', { name: 'About' });
  await expect(about).toContainText(/Release \d+\.\d+\.\d+/);
  await expect(about).toContainText(/Build [0-9a-f]{7,}|Build unknown/);
  await about.getByRole('link', { name: 'Privacy Policy' }).click();
  await expect(page.getByRole('heading', { name: 'Privacy Policy' })).toBeVisible();
  await page.goBack();
  await page.goto(tenantUrl('acme', '/legal/license'));
  await expect(page.getByRole('heading', { name: 'License Agreement' })).toBeVisible();
});
