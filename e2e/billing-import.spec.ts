import { expect, test } from '@playwright/test';
import { adminUrl, signInStaff } from './fixtures';

const csv = (lines: string[]) => ({ name: 'psa-export.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n')) });

test('staff dry-run a PSA export, see each bad line, fix it and import it', async ({ page }) => {
  await signInStaff(page, 'owner@acme.test');
  await page.goto(adminUrl('acme', '/admin/invoices/import'));
  await expect(page.getByRole('heading', { level: 1, name: 'Import invoices and time entries' })).toBeVisible();
  const form = page.getByRole('form', { name: 'Import CSV' });
  const description = `Imported call ${Date.now()}`;

  await form.getByLabel('Time entries').check();
  await form.getByLabel(/CSV file/).setInputFiles(csv(['company,date,hours,worker,description', `ABM Apartments,2026-03-02,0.5,Pat,${description}`, 'Initech,2026-02-30,x,Pat,bad']));
  await form.getByRole('button', { name: 'Dry run' }).click();
  const problems = form.getByRole('list', { name: 'Problems' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'Line 3: Unknown company "Initech".',
    'Line 3: Date "2026-02-30" is not a date (YYYY-MM-DD).',
    'Line 3: Hours "x" must be a positive number up to 24 with at most two decimals.',
  ]);
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByRole('alert')).toContainText('Nothing was imported: 3 problems in the file.');

  await form.getByLabel(/CSV file/).setInputFiles(csv(['company,date,hours,worker,description', `ABM Apartments,2026-03-02,0.5,Pat,${description}`]));
  await form.getByRole('button', { name: 'Dry run' }).click();
  await expect(form.getByRole('status')).toContainText('Importing would create 1 time entry (0.5 h). Nothing was written.');
  await page.screenshot({ path: 'test-results/billing-import.png', fullPage: true });
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByRole('status')).toContainText('Imported 1 time entry (0.5 h).');
  await expect(form.getByRole('list', { name: 'Rows' })).toContainText('Line 2: 0.5 h for ABM Apartments on 2026-03-02');
});

test('staff without edit invoices see the import page view-only', async ({ page }) => {
  await signInStaff(page, 'helpdesk@acme.test');
  await page.goto(adminUrl('acme', '/admin/invoices/import'));
  await expect(page.getByText('View only: changing this needs the “edit invoices” permission.')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Import CSV' })).toHaveCount(0);
});
