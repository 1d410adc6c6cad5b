import { E2E_SITE_URL } from '../playwright.config';
import { expect, KOREAN, SEED, test } from './support/test';

test('sitemap.xml lists every article, category and listing page at SITE_URL', async ({ request }) => {
  const response = await request.get('/sitemap.xml');
  expect(response.status()).toBe(200);
  const xml = await response.text();
  const urls = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  const expected = [
    '/',
    '/page/2',
    '/categories',
    '/categories/news',
    KOREAN.economyPath,
    `${KOREAN.economyPath}/page/2`,
    KOREAN.categoryPath,
    SEED.path,
    KOREAN.articlePath,
  ].map((path) => `${E2E_SITE_URL}${path}`);
  for (const url of expected) expect(urls).toContain(url);
  // 38 articles, 2 home pages, the category index, 8 categories (경제 has 2 pages), 7 tags (경제동향 has
  // 2 pages), the HTML sitemap, 6 fixed pages (5 in content/_pages, 1 in e2e/fixtures/site), and 4
  // reporters: desk, kim, the unknown 임시 기고자 with a page each, and 홍길동 with 24 articles on 2 pages.
  expect(urls).toHaveLength(38 + 2 + 1 + 9 + 8 + 1 + 6 + 5);
  expect(new Set(urls).size).toBe(urls.length);
  expect(xml).toContain('<lastmod>2023-09-17T15:00:00.000Z</lastmod>');
});

test('robots.txt allows crawling and names the sitemap', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain('Allow: /');
  expect(text).toContain(`Sitemap: ${E2E_SITE_URL}/sitemap.xml`);
});

test('article pages carry a canonical URL at SITE_URL', async ({ page }) => {
  await page.goto(KOREAN.articlePath);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${E2E_SITE_URL}${KOREAN.articlePath}`,
  );
});
