/**
 * Issue #3, point 5: every article of the unit tests' Jekyll fixture archive (one post per real-archive
 * case: Tistory pastes, whole HTML documents, invalid nesting, Liquid, odd file names…) hydrates with an
 * empty console, so the rendered tree is nesting React accepts.
 */
import { expect, test } from '../support/test';
import { HOSTILE_POSTS } from './hostile-posts';
import { watchPage } from './watch-page';

/** What the unit suite counts as built from the archive (tests/unit/jekyll-archive.test.ts). */
const FIXTURE_ARTICLES = 18;

test('every fixture article hydrates with an empty console', async ({ page, context, baseURL, request }) => {
  test.setTimeout(180_000);
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const hostile = new Set(HOSTILE_POSTS.map((post) => `/articles/${encodeURIComponent(post.slug)}`));
  const articles = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)]
    .map((match) => new URL(match[1] ?? '').pathname)
    .filter((path) => path.startsWith('/articles/') && !hostile.has(path));
  expect(articles).toHaveLength(FIXTURE_ARTICLES);

  let current = '';
  const watch = await watchPage(context, page, new URL(baseURL ?? '').origin, () => current, 'tiny-png');
  const messages: string[] = [];
  page.on('console', (message) => messages.push(`${current}: ${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => messages.push(`${current}: pageerror: ${error.message}`));
  for (const path of articles) {
    current = new URL(path, baseURL).href;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    // Hydration, and the prefetches it starts, are over once the network is quiet.
    await page.waitForLoadState('networkidle');
  }
  expect(messages, 'no console message on any fixture article').toEqual([]);
  expect(watch.navigations, 'no article sends the reader elsewhere').toEqual([]);
});
