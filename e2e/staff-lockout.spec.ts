import { expect, test } from '@playwright/test';
import { PASSWORD, tenantUrl } from './fixtures';

// lockout@acme.test exists for this spec alone: once locked it cannot sign in for 15 minutes.
test('five wrong staff passwords lock the account: the form says so, and the right password is refused too', async ({ page }) => {
  test.slow(); // six password checks (argon2) in a row
  await page.goto(tenantUrl('acme', '/admin/sign-in'));
  const form = page.getByRole('form', { name: 'Sign in with password' });
  const attempt = async (password: string) => {
    await form.getByLabel('Email').fill('lockout@acme.test');
    await form.getByLabel('Password').fill(password);
    await form.getByRole('button', { name: 'Sign in' }).click();
  };

  for (let i = 1; i <= 4; i++) {
    await attempt(`wrong-password-${i}`);
    await expect(form.getByRole('alert')).toHaveText('Incorrect e-mail or password.');
    await expect(form.getByRole('button', { name: 'Sign in' })).toBeEnabled();
  }
  await attempt('wrong-password-5');
  await expect(form.getByRole('alert')).toHaveText(/^Too many failed sign-ins: this account is locked for 1[45] minutes\.$/);

  await attempt(PASSWORD);
  await expect(form.getByRole('alert')).toHaveText(/^Too many failed sign-ins: this account is locked for 1[45] minutes\.$/);
  await page.goto(tenantUrl('acme', '/admin'));
  await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
});
