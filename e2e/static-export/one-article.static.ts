import { ONE_ARTICLE_PORT } from '../../playwright.static.config';
import { expect, SEED, test } from '../support/test';

// A one-article site leaves most dynamic routes with nothing to list (no /page/2, no category page 2);
// `output: 'export'` refuses an empty generateStaticParams, so those routes export one placeholder page
// that finish-static-export.ts removes (lib/static-export/exportable-params.ts).
const ORIGIN = `http://127.0.0.1:${ONE_ARTICLE_PORT}`;

test.use({ expectedConsole: [/Failed to load resource: the server responded with a status of 404/] });

test('the export of a one-article site serves its article, home and category pages', async ({ page }) => {
  await page.goto(`${ORIGIN}/`);
  await expect(page.getByRole('link', { name: SEED.title }).first()).toBeVisible();
  await page.goto(`${ORIGIN}${SEED.path}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  const category = await page.request.get(`${ORIGIN}/categories/news`);
  expect(category.status()).toBe(200);
});

test('the placeholder pages of empty routes are not part of the export', async ({ request }) => {
  for (const path of [
    '/page/_',
    '/categories/_',
    '/categories/_/page/_',
    '/categories/_/feed.xml',
    '/page/2',
  ]) {
    expect((await request.get(`${ORIGIN}${path}`)).status(), path).toBe(404);
  }
});
