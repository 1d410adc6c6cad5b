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
  // Its one article is not breaking news of the last 48 hours, so the home page has no ticker at all.
  await expect(page.getByRole('region', { name: '속보 헤드라인' })).toHaveCount(0);
  await expect(page.locator('.news-ticker')).toHaveCount(0);
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
    // The article has no tags: the tag routes export only their placeholders, removed.
    '/tags/_',
    '/tags/_/page/_',
    '/tags/_/feed.xml',
    '/page/2',
    // No `_data/authors.yml`, no `author:` and no `_pages/`: the reporter and fixed-page routes are empty.
    '/reporters/_',
    '/reporters/_/page/_',
    '/reporters/_/feed.xml',
    '/_',
  ]) {
    expect((await request.get(`${ORIGIN}${path}`)).status(), path).toBe(404);
  }
});

test('without _data/publisher.yml or _pages/ the footer keeps the 출처 line and the sitemap link', async ({
  page,
}) => {
  await page.goto(`${ORIGIN}/`);
  const footer = page.getByRole('contentinfo');
  await expect(footer).toContainText('출처가 표시된 기사의 저작권은 각 출처에 있습니다.');
  await expect(footer.locator('.publisher-info')).toHaveCount(0);
  await expect(footer.getByRole('navigation', { name: '사이트 안내' }).getByRole('link')).toHaveText([
    '전체 카테고리',
    '사이트맵',
  ]);
  expect((await page.request.get(`${ORIGIN}/sitemap`)).status()).toBe(200);
});
