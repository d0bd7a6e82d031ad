import { expect, test } from '@playwright/test';
import { adminUrl, clientSession, signInStaff, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 120_000 });

test('staff log time against Cool Air’s block; Nataliya’s Block Hours report shows the remaining hours; Franco gets 404', async ({ browser }) => {
  const staff = await (await browser.newContext()).newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(adminUrl('acme', '/admin/companies'));
  await staff.getByRole('link', { name: 'Cool Air', exact: true }).click();
  await staff.getByRole('link', { name: 'Block hours and retainers' }).click();
  await expect(staff.getByRole('heading', { level: 1, name: 'Block hours and retainers' })).toBeVisible();
  const blocks = staff.getByRole('table', { name: 'Blocks of hours' });
  await expect(blocks).toContainText('29.25 h');

  await staff.getByText('Log time', { exact: true }).first().click();
  const form = staff.getByRole('form', { name: 'Log time' });
  await form.getByLabel('Hours').fill('2');
  await form.getByLabel('Description').fill('Thermostat wiring check');
  await form.getByRole('button', { name: 'Log time' }).click();
  await expect(form.getByText('2 h logged.')).toBeVisible();
  await expect(blocks).toContainText('27.25 h');

  const client = await (await browser.newContext()).newPage();
  await clientSession(client, 'nataliya@coolair.com');
  await client.goto(tenantUrl('acme', '/invoices/block-hours'));
  await expect(client.getByRole('heading', { level: 1, name: 'Block Hours' })).toBeVisible();
  const block = client.getByRole('region', { name: '40-hour block' });
  await expect(block).toContainText('27.25');
  await expect(block).toContainText('Thermostat wiring check');
  await expect(client.getByRole('img', { name: /Block hours used per month/ })).toBeVisible();
  const csv = await client.evaluate(async () => {
    const r = await fetch('/invoices/block-hours/csv');
    return { status: r.status, text: await r.text() };
  });
  expect(csv.status).toBe(200);
  expect(csv.text).toContain('40-hour block,40,12.75,27.25,no,');

  const franco = await (await browser.newContext()).newPage();
  await clientSession(franco, 'franco@coolair.com');
  const refused = await franco.goto(tenantUrl('acme', '/invoices/block-hours'));
  expect(refused?.status()).toBe(404);
  expect(await franco.evaluate(async () => (await fetch('/invoices/block-hours/csv')).status)).toBe(404);
});
