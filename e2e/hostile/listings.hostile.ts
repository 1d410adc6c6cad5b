/**
 * Issue #3, point 7, beyond the article pages: the listings that print hostile titles and excerpts (the
 * home page, the category pages, categories named by a hostile post) and the RSS feeds stay inert and
 * show every hostile string as the text it is.
 */
import { expect, test, type Page } from '@playwright/test';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { z } from 'zod';

import { slugify } from '../../lib/content/slugs';
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

/** Each listed link to a hostile post reads as that post's title, character for character. */
async function expectTitlesAsText(page: Page, posts: readonly HostilePost[]): Promise<number> {
  const links = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((anchors) =>
      anchors.map((anchor) => ({ href: anchor.getAttribute('href') ?? '', text: anchor.textContent ?? '' })),
    );
  let listed = 0;
  for (const post of posts) {
    const link = links.find(
      (candidate) =>
        candidate.href === `/articles/${encodeURIComponent(post.slug)}` && candidate.text.trim() !== '',
    );
    if (!link) continue;
    listed += 1;
    expect(link.text.trim(), post.slug).toBe(post.title);
  }
  return listed;
}

for (const [name, path] of [
  ['the home page', '/'],
  [`the ${HOSTILE_CATEGORY} category`, HOSTILE_CATEGORY_PATH],
] as const) {
  test(`${name} lists hostile titles and excerpts as text and runs nothing`, async ({
    page,
    context,
    baseURL,
  }) => {
    await visitInert(context, page, new URL(path, baseURL).href);
    expect(
      await expectTitlesAsText(page, FRONT_MATTER_POSTS),
      'the newest (front-matter) hostile posts are listed',
    ).toBe(FRONT_MATTER_POSTS.length);
    const text = (await page.locator('main').textContent()) ?? '';
    for (const post of FRONT_MATTER_POSTS.filter((candidate) => candidate.place === 'front matter excerpt')) {
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
