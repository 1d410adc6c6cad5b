/**
 * Issue #3, point 7, beyond the article pages: the listings that print hostile titles and excerpts (the
 * home page, the category pages, categories named by a hostile post) and the RSS feeds stay inert and
 * show every hostile string as the text it is.
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

import { slugify } from '../../lib/content/slugs';
import { FRONT_PAGE_STORIES } from '../../lib/front-page';
import { HOSTILE_CATEGORY, HOSTILE_CATEGORY_NAMES, HOSTILE_POSTS, type HostilePost } from './hostile-posts';
import { visitInert } from './watch-page';

const feedSchema = z.object({
  rss: z.object({
    channel: z.object({
      item: z.array(z.object({ title: z.string(), link: z.string(), description: z.string() })),
    }),
  }),
});

const FRONT_MATTER_POSTS = HOSTILE_POSTS.filter((post) => post.place.startsWith('front matter'));
const HOSTILE_CATEGORY_PATH = `/categories/${encodeURIComponent(slugify(HOSTILE_CATEGORY))}`;

/**
 * Each link to a hostile post inside `within` reads as that post's title, character for character; the
 * posts found are returned.
 */
async function expectTitlesAsText(
  page: Page,
  posts: readonly HostilePost[],
  within = 'main',
): Promise<HostilePost[]> {
  const links = await page
    .locator(within)
    .locator('a[href^="/articles/"]')
    .evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: anchor.textContent ?? '' })),
    );
  const listed: HostilePost[] = [];
  for (const post of posts) {
    const link = links.find(
      (candidate) =>
        candidate.href === `/articles/${encodeURIComponent(post.slug)}` && candidate.text.trim() !== '',
    );
    if (!link) continue;
    listed.push(post);
    expect(link.text.trim(), post.slug).toBe(post.title);
  }
  return listed;
}

// The front page shows the lead story and the next FRONT_PAGE_STORIES as cards with their excerpts, then
// sections; the category page lists every hostile post, as the front matter's are the newest.
for (const [name, path, storiesWithExcerpts, expected] of [
  ['the home page', '/', '.lead-story, .story-grid', 1 + FRONT_PAGE_STORIES],
  [`the ${HOSTILE_CATEGORY} category`, HOSTILE_CATEGORY_PATH, 'main', FRONT_MATTER_POSTS.length],
] as const) {
  test(`${name} lists hostile titles and excerpts as text and runs nothing`, async ({
    page,
    context,
    baseURL,
  }) => {
    await visitInert(context, page, new URL(path, baseURL).href);
    await expectTitlesAsText(page, FRONT_MATTER_POSTS);
    const withExcerpts = await expectTitlesAsText(page, FRONT_MATTER_POSTS, storiesWithExcerpts);
    expect(withExcerpts.length, 'the newest (front-matter) hostile posts are listed').toBe(expected);
    const text = (await page.locator(storiesWithExcerpts).allTextContents()).join('\n');
    for (const post of withExcerpts.filter((candidate) => candidate.place === 'front matter excerpt')) {
      expect(text).toContain(String(post.frontMatter.excerpt));
    }
    expect(await page.evaluate(() => document.title)).not.toMatch(/<|alert/);
  });
}

test('categories named by a hostile post are pages that run nothing and show the name as text', async ({
  page,
  context,
  baseURL,
}) => {
  for (const categoryName of HOSTILE_CATEGORY_NAMES) {
    await visitInert(
      context,
      page,
      new URL(`/categories/${encodeURIComponent(slugify(categoryName))}`, baseURL).href,
    );
    await expect(page.locator('h1')).toContainText(categoryName);
    expect(await page.evaluate(() => document.title)).toContain(categoryName);
    await context.unroute('**/*');
  }
});

for (const path of ['/feed.xml', `${HOSTILE_CATEGORY_PATH}/feed.xml`]) {
  test(`${path} is well-formed and carries hostile titles and excerpts as text`, async ({ request }) => {
    const xml = await (await request.get(path)).text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const items = feedSchema.parse(new XMLParser({ parseTagValue: false }).parse(xml)).rss.channel.item;
    for (const post of FRONT_MATTER_POSTS) {
      const item = items.find((candidate) =>
        candidate.link.endsWith(`/articles/${encodeURIComponent(post.slug)}`),
      );
      expect(item, post.slug).toBeDefined();
      expect(item?.title).toBe(post.title);
      if (post.place === 'front matter excerpt') expect(item?.description).toBe(post.frontMatter.excerpt);
    }
  });
}
