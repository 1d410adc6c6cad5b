/**
 * Issue 13, migration 4, under `next start`: the imported Jekyll site's own addresses lead somewhere.
 * e2e/fixtures/jekyll-site (baseurl /blog) had jekyll-feed at /atom.xml and a root rss.xml, two posts a
 * page at /page:num/ (its second page served as /blog/page2/), and a search page at /search/.
 */
import { expect, test } from '../support/test';

const OLD_ADDRESSES: [string, string, string][] = [
  ["jekyll-feed's feed", '/atom.xml', '/feed.xml'],
  ['the root rss.xml template', '/rss.xml', '/feed.xml'],
  ['the feed under the old baseurl', '/blog/atom.xml', '/feed.xml'],
  ['the second listing page, as served under the baseurl', '/blog/page2/', '/page/2'],
  ['the second listing page without the baseurl', '/page2/', '/page/2'],
  ['the old home under the baseurl', '/blog/', '/'],
  ['the search page', '/search/', '/search'],
  ['the search page under the baseurl', '/blog/search/', '/search'],
];

for (const [what, oldPath, target] of OLD_ADDRESSES) {
  test(`${what} (${oldPath}) answers a permanent redirect to ${target}`, async ({ request }) => {
    const response = await request.get(oldPath, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(target);
  });
}

test('a feed reader following the old feed address gets our RSS feed', async ({ request }) => {
  const response = await request.get('/rss.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  expect(await response.text()).toContain('<rss');
});

test('an old search link keeps its query and lands on the search page', async ({ page }) => {
  await page.goto('/blog/search/?q=경제');
  await expect(page).toHaveURL(/\/search\?q=/);
  expect(new URL(page.url()).searchParams.get('q')).toBe('경제');
  await expect(page.getByRole('searchbox')).toHaveValue('경제');
});

test('the old second listing page lands on ours', async ({ page }) => {
  await page.goto('/blog/page2/');
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.locator('a[href^="/articles/"]').first()).toBeVisible();
});
