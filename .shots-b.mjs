import { chromium } from '@playwright/test';
const root = 'localhost:3102';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
async function client(width) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  await page.goto(`http://acme.${root}/sign-in`);
  await page.getByLabel('Logon name or e-mail').fill('nataliya@coolair.com');
  await page.getByLabel('Password').fill('demo-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/home/);
  return page;
}
for (const width of [1280, 390]) {
  const page = await client(width);
  for (const [name, path] of [['queues', '/portal-admin/queues'], ['request-types', '/portal-admin/request-types'], ['vendors', '/portal-admin/vendors'], ['new-request', '/tickets/new']]) {
    await page.goto(`http://acme.${root}${path}`);
    await page.screenshot({ path: `/tmp/shots-b/${name}-${width}.png`, fullPage: true });
  }
  await page.goto(`http://acme.${root}/portal-admin/queues`);
  await page.getByRole('link', { name: 'Edit Office IT' }).click();
  await page.waitForURL(/edit=/);
  await page.screenshot({ path: `/tmp/shots-b/queue-edit-${width}.png`, fullPage: true });
  await page.goto(`http://acme.${root}/portal-admin/vendors`);
  await page.getByRole('link', { name: 'Edit Carrier HVAC Supply' }).click();
  await page.waitForURL(/edit=/);
  await page.screenshot({ path: `/tmp/shots-b/vendor-edit-${width}.png`, fullPage: true });
  await page.context().close();
}
const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const staff = await ctx.newPage();
await staff.goto(`http://acme.admin.${root}/admin/sign-in`);
const form = staff.getByRole('form', { name: 'Sign in with password' });
await form.getByLabel('Email').fill('owner@acme.test');
await form.getByLabel('Password').fill('demo-password-1');
await form.getByRole('button', { name: 'Sign in' }).click();
await staff.getByRole('navigation', { name: 'Admin sections' }).waitFor();
await staff.goto(`http://acme.admin.${root}/admin/tickets`);
await staff.screenshot({ path: `/tmp/shots-b/staff-tickets-1280.png`, fullPage: true });
await staff.getByRole('table', { name: 'Tickets' }).getByRole('link').first().click();
await staff.waitForURL(/tickets\/[0-9a-f-]{36}/);
await staff.screenshot({ path: `/tmp/shots-b/staff-ticket-1280.png` });
await staff.goto(`http://acme.admin.${root}/admin/companies`);
await staff.getByRole('link', { name: 'Cool Air' }).click();
await staff.waitForURL(/companies\/[0-9a-f-]{36}/);
await staff.screenshot({ path: `/tmp/shots-b/staff-company-1280.png`, fullPage: true });
await browser.close();
