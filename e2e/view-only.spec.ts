/**
 * Staff who may only look (helpdesk@acme.test has no permissions) see projects and tickets read-only: the
 * controls to change them are absent, and the server refuses the actions (e2e/authorization.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { adminUrl, signInStaff } from './fixtures';

test('a view-only staff member sees a project and a ticket without any control to change them', async ({ page }) => {
  await signInStaff(page, 'helpdesk@acme.test');
  await page.goto(adminUrl('acme', '/admin/projects'));
  await expect(page.getByRole('link', { name: 'New project' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Rooftop HVAC Replacement' }).click();
  await expect(page.getByRole('heading', { name: 'Rooftop HVAC Replacement' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'View only' })).toContainText('edit projects');
  await expect(page.getByLabel('Project name')).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add People' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add milestone' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Upload' })).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.getByText(/Show on Portal\? (Yes|No)/).first()).toBeVisible();

  await page.goto(adminUrl('acme', '/admin/projects/new'));
  await expect(page.getByRole('heading', { name: /not found/i })).toBeVisible();

  await page.goto(adminUrl('acme', '/admin/tickets'));
  await expect(page.getByRole('link', { name: 'New ticket' })).toHaveCount(0);
  await page.getByRole('row', { name: /^1001 / }).getByRole('link').click();
  await expect(page.getByRole('status').filter({ hasText: 'View only' })).toContainText('edit tickets');
  await expect(page.getByRole('button', { name: 'Add note' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add People' })).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);
});
