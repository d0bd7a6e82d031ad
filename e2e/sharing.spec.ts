import { expect, test, type Page } from '@playwright/test';
import { clientSession, flip, invitationSubject, newClient, outboxLinks, setPasswordFromLink, signInStaff, tenantUrl, adminUrl, chooseCompany, chooseContact } from './fixtures';

test.describe.configure({ timeout: 90_000 });

const card = (page: Page, title: string) => page.getByRole('region', { name: title });

async function staffPage(browser: import('@playwright/test').Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInStaff(page, 'owner@acme.test');
  return page;
}

test('staff create a project, add people, share a milestone, a task and an update; the client sees exactly those, and an unshared item disappears', async ({ page, browser }) => {
  test.slow(); // the longest journey of the suite: staff build and share a project, the client checks each step
  const staff = await staffPage(browser);
  await staff.goto(adminUrl('acme', '/admin/companies'));
  await staff.getByRole('link', { name: 'The Loop' }).click();
  await staff.getByRole('link', { name: 'Add contact' }).click();
  await staff.getByLabel('First name').fill('Lou');
  await staff.getByLabel('Last name').fill('Loop');
  await staff.getByLabel('Email').fill('lou@loop.org');
  await staff.getByRole('button', { name: 'Save' }).click();
  await expect(staff.getByText('Contact added.')).toBeVisible();

  await staff.goto(adminUrl('acme', '/admin/projects/new'));
  await staff.getByLabel('Project name').fill('Website relaunch');
  await chooseCompany(staff, 'The Loop');
  await staff.getByLabel('Due date').fill('2027-03-31');
  await staff.getByRole('button', { name: 'Create project' }).click();
  await expect(staff.getByRole('heading', { name: 'Website relaunch' })).toBeVisible();
  const projectUrl = staff.url();

  await card(staff, 'Members').getByRole('button', { name: 'Add People' }).click();
  const dialog = staff.getByRole('dialog', { name: 'Add People' });
  await expect(dialog).not.toContainText('nataliya@coolair.com');
  await dialog.getByLabel(/Sasha Lee/).check();
  await dialog.getByLabel(/Lou Loop/).check();
  await dialog.getByRole('button', { name: 'Add People' }).click();
  await expect(card(staff, 'Members')).toContainText('sales@loop.org was e-mailed.');
  await expect(card(staff, 'Members')).toContainText('lou@loop.org was invited to the portal.');
  await outboxLinks(browser, 'sales@loop.org', "You've been added to the project Website relaunch");
  await outboxLinks(browser, 'lou@loop.org', invitationSubject);

  const milestones = card(staff, 'Milestones');
  await milestones.getByLabel('Milestone name').fill('Design approved');
  await milestones.getByRole('checkbox', { name: 'Show on Portal?', exact: true }).check();
  await milestones.getByRole('button', { name: 'Add milestone' }).click();
  await expect(milestones.getByText('Milestone added.')).toBeVisible();
  await milestones.getByLabel('Milestone name').fill('Internal budget review');
  await milestones.getByRole('button', { name: 'Add milestone' }).click();
  await expect(milestones.getByRole('switch', { name: 'Show on Portal? Internal budget review' })).toHaveAttribute('aria-checked', 'false');

  const tasks = card(staff, 'Tasks');
  await tasks.getByLabel('Task list name').fill('Content');
  await tasks.getByRole('button', { name: 'Add task list' }).click();
  await tasks.getByLabel('Task list name').fill('Hosting');
  await tasks.getByRole('button', { name: 'Add task list' }).click();
  await expect(tasks.getByRole('region', { name: 'Task list Hosting' })).toBeVisible();
  await tasks.getByRole('combobox', { name: 'Task list', exact: true }).selectOption({ label: 'Content' });
  await tasks.getByLabel('Task name').fill('Write the About page');
  await tasks.getByLabel('Assignee').selectOption({ label: 'Sasha Lee' });
  await tasks.getByRole('checkbox', { name: 'Show on Portal?', exact: true }).check();
  await tasks.getByRole('button', { name: 'Add task', exact: true }).click();
  await expect(tasks.getByText('Task added.')).toBeVisible();
  await tasks.getByRole('combobox', { name: 'Task list', exact: true }).selectOption({ label: 'Hosting' });
  await tasks.getByLabel('Task name').fill('Renew TLS certificate');
  await tasks.getByRole('button', { name: 'Add task', exact: true }).click();
  await expect(tasks.getByRole('switch', { name: 'Show on Portal? Renew TLS certificate' })).toHaveAttribute('aria-checked', 'false');

  const posts = card(staff, 'Updates, comments and notes');
  await posts.getByLabel('Title').fill('Sitemap ready');
  await posts.getByLabel('Text').fill('The new sitemap is ready for review.');
  await posts.getByRole('checkbox', { name: 'Show on Portal?', exact: true }).check();
  await posts.getByRole('button', { name: 'Post' }).click();
  await expect(posts.getByText('Update added.')).toBeVisible();
  await posts.getByLabel('Kind').selectOption('comment');
  await posts.getByLabel('Text').fill('Internal: they are late with content.');
  await posts.getByRole('button', { name: 'Post' }).click();
  await expect(posts.getByText('Comment added.')).toBeVisible();
  // The shared update is news for the members: it is e-mailed with a link to the project.
  const [newsLink] = await outboxLinks(browser, 'sales@loop.org', 'New on the project Website relaunch');
  expect(newsLink).toBe(projectUrl.replace(adminUrl('acme', '/admin/projects/'), tenantUrl('acme', '/projects/')));

  await clientSession(page, 'sales@loop.org');
  await page.goto(tenantUrl('acme', '/dashboards/projects'));
  await page.getByRole('link', { name: 'Website relaunch' }).click();
  const schedule = page.getByRole('region', { name: 'Schedule' });
  await expect(schedule.getByRole('region', { name: 'Milestones' })).toContainText('Design approved');
  await expect(schedule).not.toContainText('Internal budget review');
  await expect(schedule.getByRole('group', { name: 'Content' })).toContainText('Write the About page');
  await expect(schedule.getByRole('group', { name: 'Content' })).toContainText('(assigned to you)');
  await expect(schedule).not.toContainText('Hosting');
  await expect(schedule).not.toContainText('Renew TLS certificate');
  await expect(page.getByRole('region', { name: 'Updates' })).toContainText('Sitemap ready');
  await expect(page.getByRole('main')).not.toContainText('they are late with content');

  await flip(milestones.getByRole('switch', { name: 'Show on Portal? Design approved' }), false);
  await page.reload();
  await expect(page.getByRole('region', { name: 'Schedule' })).not.toContainText('Design approved');
  await expect(page.getByRole('region', { name: 'Updates' })).toContainText('Sitemap ready');

  await flip(tasks.getByRole('switch', { name: 'Show on Portal? Renew TLS certificate' }), true);
  await page.reload();
  await expect(page.getByRole('group', { name: 'Hosting' })).toContainText('Renew TLS certificate');
  expect(projectUrl).toContain('/admin/projects/');
  await staff.context().close();
});

test('a Basic and a Manager user see different projects and tickets, and other ids are not found', async ({ page, browser }) => {
  await clientSession(page, 'franco@coolair.com');
  await page.goto(tenantUrl('acme', '/dashboards/projects'));
  const projects = page.getByRole('table', { name: 'Projects' });
  await expect(projects).toContainText('Rooftop HVAC Replacement');
  await expect(projects).not.toContainText('Office Cooling Audit');
  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  const tickets = page.getByRole('table', { name: 'Tickets' });
  await expect(tickets).toContainText('Thermostat offline in meeting room');
  await expect(tickets).not.toContainText('Renew annual maintenance contract');
  await expect(tickets.getByRole('columnheader', { name: 'Service-provider priority' })).toHaveCount(0);

  const manager = await browser.newPage();
  await clientSession(manager, 'nataliya@coolair.com');
  await manager.goto(tenantUrl('acme', '/dashboards/projects'));
  await expect(manager.getByRole('table', { name: 'Projects' })).toContainText('Office Cooling Audit');
  await manager.getByRole('link', { name: 'Office Cooling Audit' }).click();
  await manager.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
  const hiddenProjectUrl = manager.url();
  await manager.goto(tenantUrl('acme', '/dashboards/tickets'));
  const managerTickets = manager.getByRole('table', { name: 'Tickets' });
  await expect(managerTickets).toContainText('Renew annual maintenance contract');
  await expect(managerTickets.getByRole('columnheader', { name: 'Service-provider priority' })).toBeVisible();
  await managerTickets.getByRole('link', { name: 'Renew annual maintenance contract' }).click();
  await manager.waitForURL(/\/tickets\/[0-9a-f-]{36}$/);
  const hiddenTicketUrl = manager.url();
  await manager.goto(tenantUrl('acme', '/dashboards/tickets?status=new'));
  await expect(manager.getByRole('table', { name: 'Tickets' })).not.toContainText('Thermostat offline in meeting room');
  await manager.close();

  for (const url of [hiddenProjectUrl, hiddenTicketUrl]) {
    const response = await page.goto(url);
    expect(response?.status()).toBe(404);
  }
  const other = await browser.newPage();
  await clientSession(other, 'bill@initech.test', 'demo-password-1', 'globex');
  const cross = await other.goto(hiddenProjectUrl.replace('acme.', 'globex.'));
  expect(cross?.status()).toBe(404);
  await other.close();
});

test('the Overview sums up the open tickets and active projects the user may see, with links to the full lists', async ({ page, browser }) => {
  await clientSession(page, 'franco@coolair.com');
  await page.goto(tenantUrl('acme', '/dashboards/overview'));
  const open = page.getByRole('region', { name: /^Open tickets/ });
  await expect(open).toContainText('#1001 Thermostat offline in meeting room');
  await expect(open).not.toContainText('Renew annual maintenance contract');
  await expect(page.getByRole('region', { name: /^Active projects/ })).toContainText('Rooftop HVAC Replacement');
  await open.getByRole('link', { name: 'View all' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/dashboards/tickets'));

  const nothing = await browser.newPage();
  await clientSession(nothing, 'info@abmapartments.com');
  await nothing.goto(tenantUrl('acme', '/dashboards/overview'));
  await expect(nothing.getByRole('region', { name: /^Open tickets/ })).toContainText('No open tickets.');
  await expect(nothing.getByRole('region', { name: /^Active projects/ })).toContainText('No active projects.');
  await nothing.close();
});

test('a client with nothing shared sees an empty state saying when access comes', async ({ page }) => {
  await clientSession(page, 'info@abmapartments.com');
  await page.goto(tenantUrl('acme', '/dashboards/projects'));
  await expect(page.getByText('You will see a project here when Acme Services adds you to its team.')).toBeVisible();
  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  await expect(page.getByText('You will see tickets here when Acme Services adds you to one')).toBeVisible();
});

test('a client creates a service request with an attachment and adds a note; staff see both, and hidden staff notes stay hidden', async ({ page, browser }) => {
  await clientSession(page, 'sales@loop.org');
  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  await page.getByRole('link', { name: 'New service request' }).click();
  const form = page.getByRole('form', { name: 'New service request' });
  await form.getByRole('button', { name: 'Create service request' }).click();
  await expect(form.getByText('Enter a title.')).toBeVisible();
  await form.getByLabel('Title').fill('Printer jams on tray 2');
  await form.getByLabel('Description').fill('Every third page jams.');
  await expect(form.getByLabel('Service-provider priority')).toHaveCount(0);
  await form.getByLabel('Attachment (optional)').setInputFiles({ name: 'evil.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') });
  await form.getByRole('button', { name: 'Create service request' }).click();
  await expect(form.getByText(/cannot be attached/)).toBeVisible();
  await form.getByLabel('Attachment (optional)').setInputFiles({ name: 'jam-photo.png', mimeType: 'image/png', buffer: Buffer.from('fake png for the test') });
  await form.getByRole('button', { name: 'Create service request' }).click();
  await expect(page.getByRole('heading', { name: /Printer jams on tray 2/ })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Attachments' })).toContainText('jam-photo.png');
  await page.getByLabel('Note', { exact: true }).fill('It also happens on tray 1.');
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(page.getByRole('list', { name: 'Notes' })).toContainText('It also happens on tray 1.');
  const ticketUrl = page.url();

  const staff = await staffPage(browser);
  await staff.goto(adminUrl('acme', '/admin/tickets'));
  const row = staff.getByRole('row', { name: /Printer jams on tray 2/ });
  await expect(row).toContainText('Portal');
  await expect(row).toContainText('Medium');
  await row.getByRole('link', { name: 'Printer jams on tray 2' }).click();
  await expect(card(staff, 'Attachments')).toContainText('jam-photo.png');
  await expect(card(staff, 'Notes')).toContainText('It also happens on tray 1.');
  const download = staff.waitForEvent('download');
  await card(staff, 'Attachments').getByRole('link', { name: 'jam-photo.png' }).click();
  expect((await download).suggestedFilename()).toBe('jam-photo.png');

  await card(staff, 'Notes').getByLabel('Note', { exact: true }).fill('Internal: replace the roller next visit.');
  await card(staff, 'Notes').getByRole('button', { name: 'Add note' }).click();
  await expect(card(staff, 'Notes')).toContainText('Note added.');
  await card(staff, 'Notes').getByLabel('Note', { exact: true }).fill('A technician comes on Tuesday.');
  await card(staff, 'Notes').getByRole('checkbox', { name: 'Show on Portal?', exact: true }).check();
  await card(staff, 'Notes').getByRole('button', { name: 'Add note' }).click();
  await expect(card(staff, 'Notes')).toContainText('A technician comes on Tuesday.');
  await staff.context().close();

  await page.goto(ticketUrl);
  const notes = page.getByRole('list', { name: 'Notes' });
  await expect(notes).toContainText('A technician comes on Tuesday.');
  await expect(notes).not.toContainText('replace the roller');
});

test('staff create a ticket, add an approver who then sees it, and remove them again', async ({ page, browser }) => {
  const { link } = await newClient(browser, 'approver@loop.org');
  await setPasswordFromLink(page, link);

  const staff = await staffPage(browser);
  await staff.goto(adminUrl('acme', '/admin/tickets/new'));
  await staff.getByLabel('Title').fill('Approve the quote for new routers');
  await chooseCompany(staff, 'The Loop', 'loop');
  await chooseContact(staff, 'Sasha Lee', 'sasha');
  await staff.getByRole('button', { name: 'Create ticket' }).click();
  await expect(staff.getByRole('heading', { name: /Approve the quote for new routers/ })).toBeVisible();
  await expect(staff.getByText('Ticket contact: Sasha Lee')).toBeVisible();

  await page.goto(tenantUrl('acme', '/dashboards/tickets'));
  await expect(page.getByRole('main')).not.toContainText('Approve the quote for new routers');

  const people = card(staff, 'People');
  await people.getByLabel(/^Contact/).selectOption({ label: 'approver Tester (approver@loop.org)' });
  await people.getByLabel(/^Role/).selectOption({ label: 'Approver' });
  await people.getByRole('button', { name: 'Add People' }).click();
  await expect(people.getByRole('list', { name: 'People' })).toContainText('approver Tester · Approver');
  await page.reload();
  await expect(page.getByRole('table', { name: 'Tickets' })).toContainText('Approve the quote for new routers');

  await people.getByRole('form', { name: 'Remove approver Tester as Approver' }).getByRole('button', { name: 'Remove' }).click();
  await expect(people.getByRole('list', { name: 'People' })).toContainText('No members, assigned contacts or approvers yet.');
  await page.reload();
  await expect(page.getByRole('main')).not.toContainText('Approve the quote for new routers');
  await staff.context().close();
});

test('staff narrow the Projects and Tickets lists to one company, from the list or from the company page', async ({ browser }) => {
  const staff = await staffPage(browser);
  await staff.goto(adminUrl('acme', '/admin/tickets'));
  const tickets = staff.getByRole('table', { name: 'Tickets' });
  await expect(tickets).toContainText('Thermostat offline in meeting room');
  const filter = staff.getByRole('search', { name: 'Filter by company' });
  await chooseCompany(filter, 'The Loop');
  await filter.getByRole('button', { name: 'Show' }).click();
  await expect(staff).toHaveURL(/\/admin\/tickets\?company=[0-9a-f-]{36}$/);
  await expect(filter.getByRole('combobox', { name: 'Company' })).toHaveValue('The Loop');
  await expect(tickets).toContainText('E-mail not syncing on phones');
  await expect(tickets).not.toContainText('Thermostat offline in meeting room');

  await staff.goto(adminUrl('acme', '/admin/companies'));
  await staff.getByRole('link', { name: 'ABM Apartments' }).click();
  await staff.getByRole('link', { name: 'Projects of ABM Apartments' }).click();
  await expect(staff.getByRole('search', { name: 'Filter by company' }).getByRole('combobox', { name: 'Company' })).toHaveValue('ABM Apartments');
  await expect(staff.getByRole('table', { name: 'Projects' })).toContainText('This company has no projects.');
  await staff.context().close();
});
