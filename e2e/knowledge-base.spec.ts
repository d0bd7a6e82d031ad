import { expect, test, type Page } from '@playwright/test';
import { clientSession, openHelp, tenantUrl } from './fixtures';

test.describe.configure({ timeout: 120_000 });

const ROOFTOP = 'Rooftop unit maintenance schedule';

/** A GET from the page itself (the browser resolves *.localhost and sends the session cookie). */
const get = (page: Page, path: string) =>
  page.evaluate(async (url) => {
    const reply = await fetch(url, { headers: { accept: 'application/json' } });
    return { status: reply.status, cacheControl: reply.headers.get('cache-control'), body: await reply.text() };
  }, path);

test('a Cool Air Manager finds an article of her company by a word of its body, in the Help sidebar and on the Knowledge Base dashboard, and says it helped', async ({
  page,
}) => {
  await clientSession(page, 'nataliya@coolair.com');

  const sidebar = await openHelp(page);
  await sidebar.getByLabel('Search articles').pressSequentially('compres');
  const result = sidebar.getByRole('button', { name: new RegExp(ROOFTOP) });
  await expect(result).toBeVisible();
  await expect(result.locator('mark')).toHaveText(['compressor']);
  await expect(sidebar.getByText('1 article', { exact: true })).toBeVisible();
  await result.click();
  await expect(sidebar.getByRole('heading', { name: ROOFTOP })).toBeVisible();
  await expect(sidebar.getByRole('table')).toContainText('RTU-2');
  await sidebar.getByRole('button', { name: 'Back to results' }).click();
  await expect(sidebar.getByLabel('Search articles')).toHaveValue('compres');
  await sidebar.getByLabel('Search articles').fill('zzzyxw');
  await expect(sidebar.getByText('No articles match “zzzyxw”.')).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Open a service request' })).toHaveAttribute('href', '/tickets/new');
  await sidebar.getByRole('button', { name: 'Close help' }).click();

  await page.goto(tenantUrl('acme', '/dashboards/knowledge-base'));
  await expect(page.getByRole('heading', { name: 'Knowledge Base', level: 1 })).toBeVisible();
  const categories = page.getByRole('navigation', { name: 'Categories' });
  await expect(categories.getByRole('listitem').filter({ hasText: 'Heating and cooling' })).toContainText('2 articles');
  const recent = page.getByRole('region', { name: 'Recent articles' });
  for (const title of [ROOFTOP, 'Resetting your thermostat', 'Réinitialiser votre thermostat', 'Requesting a new user account']) {
    await expect(recent.getByRole('link', { name: title })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: 'Guest Wi-Fi at The Loop' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Connecting to the office VPN' })).toHaveCount(0);

  await page.getByRole('search').getByLabel('Search articles').fill('compressor');
  await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(tenantUrl('acme', '/dashboards/knowledge-base?q=compressor'));
  const results = page.getByRole('region', { name: '1 article matches “compressor”' });
  await expect(results.locator('mark')).toHaveText(['compressor']);
  await results.getByRole('link', { name: ROOFTOP }).click();

  await expect(page.getByRole('heading', { name: ROOFTOP, level: 1 })).toBeVisible();
  await expect(page.getByText('The technician checks the compressor, belts and filters.')).toBeVisible();
  const helpful = page.getByRole('form', { name: 'Was this helpful?' });
  await helpful.getByRole('button', { name: 'Yes' }).click();
  await expect(helpful.getByText('Thank you for your answer.')).toBeVisible();
  await expect(helpful.getByText('You answered Yes.')).toBeVisible();
  await expect(helpful.getByRole('button', { name: 'Yes' })).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await expect(page.getByRole('form', { name: 'Was this helpful?' }).getByText('You answered Yes.')).toBeVisible();

  await page.goto(tenantUrl('acme', '/dashboards/knowledge-base?q=nosuchword'));
  await expect(page.getByText('No articles match “nosuchword”.')).toBeVisible();
  await page.getByRole('link', { name: 'Open a service request' }).click();
  await expect(page.getByRole('heading', { name: 'New service request' })).toBeVisible();
});

test('an ABM client (knowledge base off) finds nothing: the sidebar says so, and the dashboard and articles answer 404', async ({ page }) => {
  await clientSession(page, 'info@abmapartments.com');
  const sidebar = await openHelp(page);
  await expect(sidebar.getByText('The knowledge base is not available to you.', { exact: false })).toBeVisible();
  await expect(sidebar.getByLabel('Search articles')).toHaveCount(0);

  const search = await get(page, '/help/search?q=compressor');
  expect(search.status).toBe(404);
  expect(search.body).not.toContain('Rooftop');
  expect((await page.goto(tenantUrl('acme', '/dashboards/knowledge-base?q=compressor')))?.status()).toBe(404);
  await expect(page.getByText(ROOFTOP)).toHaveCount(0);
});

test('the sidebar’s searches are answered for the signed-in user only, never cached', async ({ page }) => {
  await page.goto(tenantUrl('acme', '/sign-in'));
  expect((await get(page, '/help/search?q=thermostat')).status).toBe(404);
  await clientSession(page, 'franco@coolair.com');
  const reply = await get(page, '/help/search?q=thermo');
  expect(reply.status).toBe(200);
  expect(reply.cacheControl).toBe('private, no-store');
  const body = JSON.parse(reply.body) as { total: number; hits: { id: string; title: string }[] };
  expect(body.hits.map((h) => h.title).sort()).toEqual(['Resetting your thermostat', 'Réinitialiser votre thermostat']);
  const article = await get(page, `/help/articles/${body.hits[0].id}`);
  expect(article.status).toBe(200);
  expect(JSON.parse(article.body)).toMatchObject({ id: body.hits[0].id, title: body.hits[0].title });
  const loop = await get(page, '/help/search?q=loop');
  expect(loop.status).toBe(200);
  expect(JSON.parse(loop.body)).toEqual({ total: 0, hits: [] });
  expect((await get(page, '/help/search?q=')).status).toBe(400);
});
