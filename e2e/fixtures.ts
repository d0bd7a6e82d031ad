import http from 'node:http';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';

export const PASSWORD = 'demo-password-1';
const port = Number(process.env.E2E_PORT ?? 3100);
export const ROOT = `localhost:${port}`;
export const tenantUrl = (slug: string, path = '/') => `http://${slug}.${ROOT}${path}`;
/** The staff section's own origin: tenant Custom Code never runs there. */
export const adminUrl = (slug: string, path = '/admin') => `http://${slug}.admin.${ROOT}${path}`;

export async function signInClient(page: Page, logon: string, password = PASSWORD, slug = 'acme') {
  await page.goto(tenantUrl(slug, '/sign-in'));
  await page.getByLabel('Logon name or e-mail').fill(logon);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs a client in and waits for their landing page. */
export async function clientSession(page: Page, logon: string, password = PASSWORD, slug = 'acme') {
  await signInClient(page, logon, password, slug);
  await expect(page).toHaveURL(tenantUrl(slug, '/home'));
}

export async function signInStaff(page: Page, email: string, password = PASSWORD, slug = 'acme') {
  await page.goto(adminUrl(slug, '/admin/sign-in'));
  const form = page.getByRole('form', { name: 'Sign in with password' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password').fill(password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('navigation', { name: 'Admin sections' })).toBeVisible();
}

/** The links of the newest outbox message to `to` whose subject matches, read as staff in a separate context. */
export async function outboxLinks(browser: Browser, to: string, subject: string | RegExp, slug = 'acme'): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await signInStaff(page, `owner@${slug}.test`, PASSWORD, slug);
    await page.goto(adminUrl(slug, `/admin/outbox?q=${encodeURIComponent(to)}`));
    const message = page
      .getByRole('list', { name: 'Sent e-mails' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: subject }) })
      .filter({ hasText: to })
      .first();
    await expect(message).toBeVisible();
    return await message.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  } finally {
    await context.close();
  }
}

export type NewPortalUser = { company: string; email: string; firstName: string; lastName?: string; logonName?: string };

/** Portal Access › Actions › Add New Portal User, filled and saved; returns the dialog for assertions. */
export async function openAddPortalUser(page: Page) {
  await page.getByRole('button', { name: 'Actions' }).click();
  await page.getByRole('menuitem', { name: 'Add New Portal User' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add New Portal User' });
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Chooses a company in a form's **Company** combobox as a keyboard user would: types part of its name (`typed`),
 * waits for the server's matches, moves down the listbox to it and presses Enter.
 */
/** Types into a search-as-you-type combobox and chooses `name` among its matches with the keyboard. */
export async function pickFromCombobox(scope: Page | Locator, label: string, name: string, typed = name) {
  const box = scope.getByRole('combobox', { name: label, exact: true });
  await box.fill(typed);
  const listbox = scope.getByRole('listbox');
  await expect(listbox.getByRole('option', { name, exact: true })).toBeVisible();
  const index = (await listbox.getByRole('option').allTextContents()).indexOf(name);
  for (let i = 0; i <= index; i++) await box.press('ArrowDown');
  await expect(listbox.getByRole('option', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
  await box.press('Enter');
  await expect(listbox).toBeHidden();
  return box;
}

export async function chooseCompany(scope: Page | Locator, name: string, typed = name, label = 'Company') {
  await expect(await pickFromCombobox(scope, label, name, typed)).toHaveValue(name);
}

/** The staff ticket form's **Ticket contact**: a contact of the chosen company, by name. */
export async function chooseContact(scope: Page | Locator, name: string, typed = name) {
  await chooseCompany(scope, name, typed, 'Ticket contact');
}

export async function addPortalUser(page: Page, user: NewPortalUser) {
  const dialog = await openAddPortalUser(page);
  await chooseCompany(dialog, user.company);
  await dialog.getByLabel('Company email').fill(user.email);
  await dialog.getByLabel('First name').fill(user.firstName);
  await dialog.getByLabel('Last name').fill(user.lastName ?? 'Tester');
  if (user.logonName) await dialog.getByLabel('Logon name').fill(user.logonName);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Portal user ${user.email} saved` })).toBeVisible();
  await expect(dialog).toBeHidden();
}

/** Follows a set-password link and chooses a password; the user lands signed in. */
export async function setPasswordFromLink(page: Page, link: string, password = 'a-long-new-passphrase') {
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Set Password' })).toBeVisible();
  await page.getByLabel('New Password').fill(password);
  await page.getByLabel('Confirm Password').fill(password);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/home'));
}

export const invitationSubject = "You've been invited to the Acme Services Customer Portal";

/** Ages every unused link of a contact (through the e2e-only test hook of the server). */
export async function expireLinks(page: Page, email: string, slug = 'acme') {
  const response = await page.request.post(`http://${ROOT}/api/test-hooks`, { data: { action: 'expire-links', tenant: slug, email } });
  expect(response.ok()).toBe(true);
}

/** A new portal user of The Loop with a password, created through the staff UI and the invitation e-mail. */
export async function newClient(browser: Browser, email: string, password = 'a-long-new-passphrase', company = 'The Loop') {
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(adminUrl('acme', '/admin/portal-access'));
  await addPortalUser(staff, { company, email, firstName: email.split('@')[0].replace(/[^a-z]/gi, '') || 'Client' });
  await staffContext.close();
  const [link] = await outboxLinks(browser, email, invitationSubject);
  return { email, password, link };
}

/** Profile menu › Log Off, waiting until the sign-in page is back. */
export async function logOff(page: Page, slug = 'acme') {
  await page.getByRole('button', { name: 'Profile menu' }).click();
  await page.getByRole('menuitem', { name: 'Log Off' }).click();
  await expect(page).toHaveURL(tenantUrl(slug, '/sign-in'));
}

export type RawReply = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request from Node to the app with the Host we choose: Node, unlike Chromium, does not resolve *.localhost. */
export function rawRequest(host: string, path: string, method: string, headers: Record<string, string> = {}, body?: string): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: 'localhost', port, path, method, headers: { ...headers, host } }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** The ? menu › Help: the sidebar that searches the knowledge base. */
export async function openHelp(page: Page) {
  await page.getByRole('button', { name: 'Help' }).click();
  await page.getByRole('menuitem', { name: 'Help' }).click();
  const sidebar = page.getByRole('dialog', { name: 'Help' });
  await expect(sidebar).toBeVisible();
  return sidebar;
}

/** Flips a Show on Portal? switch and waits for the server action that saves it to answer. */
export async function flip(toggle: Locator, to: boolean) {
  const saved = toggle.page().waitForResponse((r) => r.request().method() === 'POST' && r.request().headers()['next-action'] !== undefined);
  await toggle.click();
  expect((await saved).ok()).toBe(true);
  await expect(toggle).toHaveAttribute('aria-checked', String(to));
}
