import { XMLParser } from 'fast-xml-parser';
import Parser from 'rss-parser';

import { E2E_SITE_URL } from '../playwright.config';
import { expect, KOREAN, SEED, test } from './support/test';

const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0900$/;
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['item', 'url', 'sitemap', 'atom:link'].includes(name),
});
type AtomLink = Record<'@href' | '@rel' | '@type', string>;
type RssDocument = {
  rss: {
    channel: { language: string; 'atom:link': AtomLink[]; item: { guid: { '@isPermaLink': string } }[] };
  };
};
type UrlSet = { urlset: { '@xmlns:news'?: string; url?: { loc: string; lastmod?: string }[] } };
/** fast-xml-parser returns `any`; each test names the shape it reads. */
const parseXml = <Shape>(text: string): Shape => xml.parse(text) as Shape;
const feedParser = new Parser({ customFields: { item: ['content:encoded'] } });

test('the site feed is RSS 2.0 that a feed reader reads: full bodies, RFC 822 dates, permanent guids', async ({
  request,
}) => {
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const text = await response.text();
  const feed = await feedParser.parseString(text);
  expect(feed.title).toBe('뉴스다오');
  expect(feed.link).toBe(`${E2E_SITE_URL}/`);
  // Every article: 1 in content/, 10 fixtures, 23 generated 경제 posts and 4 recent ones (prepare-content.mjs).
  expect(feed.items).toHaveLength(38);

  const seed = feed.items.find((item) => item.title === SEED.title);
  expect(seed?.link).toBe(`${E2E_SITE_URL}${SEED.path}`);
  expect(seed?.guid).toBe(`${E2E_SITE_URL}${SEED.path}`);
  expect(seed?.pubDate).toBe('Mon, 18 Sep 2023 00:00:00 +0900');
  expect(seed?.categories).toEqual(['News']);
  expect(seed?.['content:encoded']).toContain('<h3>과학치안 연구개발 성과 전시회</h3>');
  expect(seed?.['content:encoded']).toContain(`src="${E2E_SITE_URL}/assets/img/newsdao_breakingnews.jpg"`);
  for (const item of feed.items) expect(item.pubDate).toMatch(RFC_822);

  const channel = parseXml<RssDocument>(text).rss.channel;
  expect(channel.language).toBe('ko');
  expect(channel['atom:link'][0]).toMatchObject({
    '@href': `${E2E_SITE_URL}/feed.xml`,
    '@rel': 'self',
    '@type': 'application/rss+xml',
  });
  expect(channel.item[0]?.guid['@isPermaLink']).toBe('true');
});

test('each category has its own feed of its articles, newest first', async ({ request }) => {
  const text = await (await request.get(`${KOREAN.economyPath}/feed.xml`)).text();
  const feed = await feedParser.parseString(text);
  expect(feed.title).toBe('경제 | 뉴스다오');
  expect(feed.items.map((item) => item.title)).toEqual(
    Array.from({ length: 23 }, (_, index) => `경제 브리핑 ${23 - index}호`),
  );
  expect(parseXml<RssDocument>(text).rss.channel['atom:link'][0]?.['@href']).toBe(
    `${E2E_SITE_URL}${KOREAN.economyPath}/feed.xml`,
  );
});

for (const path of ['/', SEED.path, '/search']) {
  test(`${path} links the site feed from its head`, async ({ page }) => {
    await page.goto(path);
    await expect(
      page.locator('head link[rel="alternate"][type="application/rss+xml"]').first(),
    ).toHaveAttribute('href', `${E2E_SITE_URL}/feed.xml`);
  });
}

test('a category page also links its own feed', async ({ page }) => {
  await page.goto(KOREAN.economyPath);
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveCount(2);
  await expect(
    page.locator(`head link[rel="alternate"][href="${E2E_SITE_URL}${KOREAN.economyPath}/feed.xml"]`),
  ).toHaveCount(1);
});

test('sitemap.xml parses as a urlset whose lastmod is each article’s own date', async ({ request }) => {
  const sitemap = parseXml<UrlSet>(await (await request.get('/sitemap.xml')).text());
  const urls = sitemap.urlset.url ?? [];
  // As in sitemap.spec.ts: 38 articles, 20 listing and tag pages, the HTML sitemap, 6 fixed pages, 5 reporter pages.
  expect(urls.length).toBe(70);
  expect(urls.find((url) => url.loc === `${E2E_SITE_URL}${SEED.path}`)?.lastmod).toBe(
    '2023-09-17T15:00:00.000Z',
  );
  expect(urls.find((url) => url.loc === `${E2E_SITE_URL}${KOREAN.articlePath}`)?.lastmod).toBe(
    '2024-01-31T23:00:00.000Z',
  );
});

test('the Google News sitemap parses, with the news namespace, and names only recent articles', async ({
  request,
}) => {
  const response = await request.get('/news-sitemap.xml');
  expect(response.status()).toBe(200);
  const text = await response.text();
  const parsed = parseXml<UrlSet>(text);
  expect(parsed.urlset['@xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
  // Only the four posts e2e/prepare-content.mjs dates half an hour to 3 hours before the build are in the
  // window; every other e2e post is older than 48 hours, and no fixed page or reporter page is news.
  expect((parsed.urlset.url ?? []).map((url) => decodeURIComponent(url.loc))).toEqual(
    ['assembly-session', 'breaking-typhoon', 'recent-market', 'breaking-earthquake'].map(
      (slug) => `${E2E_SITE_URL}/articles/${slug}`,
    ),
  );
});

test('robots.txt names both sitemaps', async ({ request }) => {
  const text = await (await request.get('/robots.txt')).text();
  expect(text).toContain(`Sitemap: ${E2E_SITE_URL}/sitemap.xml`);
  expect(text).toContain(`Sitemap: ${E2E_SITE_URL}/news-sitemap.xml`);
});
