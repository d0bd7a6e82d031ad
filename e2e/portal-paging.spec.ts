import { expect, test } from '@playwright/test';
import { adminUrl, newClient, setPasswordFromLink, signInStaff, tenantUrl } from './fixtures';

const REQUESTS = 12;
const title = (n: number) => `Paging request ${String(n).padStart(2, '0')}`;

/**
 * A long tickets list on the portal: a client of a company of its own (so no other spec's counts move) files twelve
 * service requests, then pages, sorts and filters the Tickets list, which stays within a phone's width.
 */
test('a long tickets list is paged, sorted and filtered on the portal, and fits a phone', async ({ page, browser }) => {
  test.slow(); // twelve service requests through the form
  const staff = await (await browser.newContext()).newPage();
  await signInStaff(staff, 'owner@acme.test');
  await staff.goto(adminUrl('acme', '/admin/companies'));
  await staff.getByRole('link', { name: 'Add company' }).click();
  await staff.getByLabel('Company name').fill('Paging Co');
  await staff.getByLabel('Email').fill('office@paging.test');
  await staff.getByRole('button', { name: 'Save' }).click();
  await expect(staff.getByText('Company added.')).toBeVisible();
  await staff.context().close();

  const { link } = await newClient(browser, 'pager@paging.test', undefined, 'Paging Co');
  await setPasswordFromLink(page, link);
  for (let n = 1; n <= REQUESTS; n++) {
    await page.goto(tenantUrl('acme', '/tickets/new'));
    const form = page.getByRole('form', { name: 'New service request' });
    await form.getByLabel('Title').fill(title(n));
    await form.getByLabel('Description').fill(`Request number ${n} for the paging test.`);
    await form.getByRole('button', { name: 'Create service request' }).click();
    await expect(page.getByRole('heading', { name: new RegExp(title(n)) })).toBeVisible();
  }

  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  const tickets = page.getByRole('table', { name: 'Tickets' });
  const titles = tickets.getByRole('cell').getByRole('link');
  await expect(titles).toHaveText(Array.from({ length: 10 }, (_, i) => title(REQUESTS - i)));
  await expect(page.getByTestId('range-label')).toHaveText(`1 – 10 of ${REQUESTS}`);

  await page.getByRole('link', { name: 'Next page' }).click();
  await expect(page).toHaveURL(/[?&]page=2/);
  await expect(titles).toHaveText([title(2), title(1)]);
  await expect(page.getByTestId('range-label')).toHaveText(`11 – 12 of ${REQUESTS}`);

  await tickets.getByRole('link', { name: 'Title' }).click();
  await expect(page).toHaveURL(/sort=title/);
  await expect(page).not.toHaveURL(/page=2/);
  await expect(titles).toHaveText(Array.from({ length: 10 }, (_, i) => title(i + 1)));
  await tickets.getByRole('link', { name: 'Title' }).click();
  await expect(titles.first()).toHaveText(title(REQUESTS));

  await page.getByLabel('Filter').fill('request 07');
  await expect(titles).toHaveText([title(7)]);
  await expect(page.getByTestId('range-label')).toHaveText('1 – 1 of 1');
  await page.getByLabel('Filter').fill('no such request');
  await expect(page.getByText('No tickets match “no such request”.')).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  await expect(page.getByRole('link', { name: title(REQUESTS) })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});
