import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { adminUrl, clientSession, expireLinks, newClient, rawRequest, setPasswordFromLink, signInStaff, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 90_000 });

async function staffContext(browser: Browser, email = 'owner@acme.test', slug = 'acme') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInStaff(page, email, undefined, slug);
  return { context, page };
}

/** What the View Portal button sends: a POST from the staff origin (the redirect to the portal is not followed). */
async function startPreviewRequest(context: BrowserContext, contactId: string, slug = 'acme') {
  const origin = new URL(adminUrl(slug, '/'));
  const cookie = (await context.cookies(origin.origin)).map((c) => `${c.name}=${c.value}`).join('; ');
  return rawRequest(origin.host, `/admin/preview/${contactId}`, 'POST', { origin: origin.origin, cookie });
}

/** Portal Access › filter › View Portal: the preview opens in a new tab of the staff member's browser. */
async function openPreview(context: BrowserContext, admin: Page, email: string) {
  await admin.goto(adminUrl('acme', `/admin/portal-access?q=${encodeURIComponent(email)}`));
  const tab = context.waitForEvent('page');
  await admin.getByRole('button', { name: `View Portal as ${email}` }).click();
  const preview = await tab;
  await expect(preview).toHaveURL(tenantUrl('acme', '/home'));
  return preview;
}

async function visibleWork(page: Page) {
  await page.goto(tenantUrl('acme', '/dashboards/projects'));
  const projects = await page.getByRole('main').innerText();
  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  const tickets = await page.getByRole('main').innerText();
  return { projects, tickets };
}

for (const [email, name, level] of [
  ['franco@coolair.com', 'Franco Rossi', 'Basic'],
  ['nataliya@coolair.com', 'Nataliya Kovalenko', 'Manager'],
] as const) {
  test(`staff preview a ${level} user and see exactly what the user sees; the preview is read-only and ends cleanly`, async ({ browser }) => {
    const { context, page: admin } = await staffContext(browser);
    const own = await browser.newContext();
    const ownPage = await own.newPage();
    await clientSession(ownPage, email);

    const preview = await openPreview(context, admin, email);
    await expect(preview.getByRole('region', { name: 'Preview' })).toContainText(`Previewing as ${name} (Cool Air)`);
    await expect(preview.getByRole('button', { name: 'Profile menu' })).toContainText(level);
    expect(await visibleWork(preview)).toEqual(await visibleWork(ownPage));

    await preview.goto(tenantUrl('acme', '/dashboards/projects'));
    await preview.getByRole('link', { name: 'Rooftop HVAC Replacement' }).click();
    const form = preview.getByRole('form', { name: 'Add note' });
    await form.getByLabel('Note').fill('Written during a preview');
    await form.getByRole('button', { name: 'Add note' }).click();
    await expect(form.getByRole('alert')).toHaveText('Preview is read-only: nothing was changed.');
    await preview.reload();
    await expect(preview.getByRole('main')).not.toContainText('Written during a preview');

    await preview.getByRole('region', { name: 'Preview' }).getByRole('button', { name: 'End preview' }).click();
    await expect(preview.getByRole('heading', { name: 'Preview ended' })).toBeVisible();
    await preview.goto(tenantUrl('acme', '/home'));
    await expect(preview).toHaveURL(tenantUrl('acme', '/sign-in'));

    await admin.goto(adminUrl('acme', '/admin/portal-access'));
    await expect(admin.getByRole('table', { name: 'Portal users' })).toBeVisible();
    await ownPage.reload();
    await expect(ownPage.getByRole('button', { name: 'Profile menu' })).toContainText(name);
    await expect(ownPage.getByRole('region', { name: 'Preview' })).toHaveCount(0);
    await own.close();
    await context.close();
  });
}

test('the preview uses the contact’s language, and the audit log records its start and end', async ({ browser }) => {
  const { link } = await newClient(browser, 'francophone@loop.org');
  const own = await browser.newPage();
  await setPasswordFromLink(own, link);
  await own.goto(tenantUrl('acme', '/settings'));
  await own.getByRole('form', { name: 'Language' }).getByLabel('Language').selectOption('fr');
  await own.getByRole('form', { name: 'Language' }).getByRole('button', { name: 'Save' }).click();
  await expect(own.getByRole('heading', { name: 'Paramètres' })).toBeVisible();
  await own.close();

  const { context, page: admin } = await staffContext(browser);
  const preview = await openPreview(context, admin, 'francophone@loop.org');
  await expect(preview.getByRole('navigation', { name: 'Tableaux de bord' })).toContainText('Vue d’ensemble');
  await expect(preview.getByRole('region', { name: 'Preview' })).toContainText('Previewing as francophone Tester (The Loop)');
  await preview.getByRole('button', { name: 'End preview' }).click();
  await expect(preview.getByRole('heading', { name: 'Preview ended' })).toBeVisible();

  await admin.goto(adminUrl('acme', '/admin/audit?only=preview.'));
  const log = admin.getByRole('table', { name: 'Audit log' });
  await expect(log.getByRole('row', { name: /Preview started\s*preview\.start.*francophone Tester <francophone@loop\.org>/ }).first()).toContainText('Olivia Owner');
  await expect(log.getByRole('row', { name: /Preview ended\s*preview\.end.*francophone Tester <francophone@loop\.org>/ }).first()).toContainText('Olivia Owner');
  await context.close();
});

test('staff without the preview permission see no button and are refused by direct request; clients never get a preview', async ({ browser }) => {
  const { context, page: helpdesk } = await staffContext(browser, 'helpdesk@acme.test');
  await helpdesk.goto(adminUrl('acme', '/admin/portal-access?q=franco'));
  await expect(helpdesk.getByRole('table', { name: 'Portal users' })).toContainText('franco@coolair.com');
  await expect(helpdesk.getByRole('button', { name: /View Portal/ })).toHaveCount(0);
  await helpdesk.getByRole('link', { name: 'franco@coolair.com', exact: true }).click();
  await helpdesk.waitForURL(/\/admin\/portal-access\/[0-9a-f-]{36}$/);
  const francoId = helpdesk.url().split('/').pop()!;
  await expect(helpdesk.getByRole('button', { name: 'Preview Client Portal' })).toHaveCount(0);
  const refused = await startPreviewRequest(context, francoId);
  expect(refused.status).toBe(403);
  expect(refused.body).toContain('You do not have permission to preview the client portal.');
  await helpdesk.goto(tenantUrl('acme', '/home'));
  await expect(helpdesk).toHaveURL(tenantUrl('acme', '/sign-in'));
  await context.close();

  const client = await browser.newPage();
  await clientSession(client, 'franco@coolair.com');
  const asClient = await startPreviewRequest(client.context(), francoId);
  expect(asClient.headers.location).toBe(adminUrl('acme', '/admin/sign-in'));
  await client.close();
});

test('a hand-off link works once and not after it expires; staff of another tenant cannot preview this tenant’s contacts', async ({ browser }) => {
  const { context, page: admin } = await staffContext(browser);
  await admin.goto(adminUrl('acme', '/admin/portal-access?q=info%40abm'));
  await admin.getByRole('link', { name: 'info@abmapartments.com', exact: true }).click();
  await admin.waitForURL(/\/admin\/portal-access\/[0-9a-f-]{36}$/);
  const contactId = admin.url().split('/').pop()!;
  await expect(admin.locator('form', { has: admin.getByRole('button', { name: 'Preview Client Portal' }) })).toHaveAttribute('target', '_blank');

  // The hand-off is minted by the button's POST; without following the redirect, its address can be taken.
  const handoffLink = async () => (await startPreviewRequest(context, contactId)).headers.location!;

  const first = await handoffLink();
  expect(first.startsWith(tenantUrl('acme', '/preview/start?token='))).toBe(true);
  const viewer = await browser.newPage();
  await viewer.goto(first);
  await expect(viewer.getByRole('region', { name: 'Preview' })).toContainText('Previewing as Irene Baker (ABM Apartments)');
  const again = await browser.newPage();
  await again.goto(first);
  await expect(again.getByRole('main').getByRole('alert')).toHaveText('This preview link has expired or was already used. Start the preview again from the admin section.');

  const second = await handoffLink();
  await expireLinks(again, 'info@abmapartments.com');
  await again.goto(second);
  await expect(again.getByRole('heading', { name: 'Preview link not valid' })).toBeVisible();
  await viewer.close();
  await again.close();

  const globex = await staffContext(browser, 'owner@globex.test', 'globex');
  const response = await startPreviewRequest(globex.context, contactId, 'globex');
  expect(response.status).toBe(404);
  await globex.context.close();
  await context.close();
});
