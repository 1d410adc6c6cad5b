/**
 * Issue #3, point 7: every hostile post, rendered by the production build, proves in Chromium that nothing
 * it holds runs: no dialog, no navigation away, no popup, no request to another host (beyond the pictures
 * and video players the site shows by design), no script error, and the page's title is the post's title.
 */
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';

import { HOSTILE_POSTS } from './hostile-posts';
import { visitInert } from './watch-page';

const SITE_NAME = '뉴스다오';
const REFERENCE_SLUG = HOSTILE_POSTS[0]?.slug;

/** The head as a set of element kinds (`meta[property=og:title]`, `link[rel=canonical]`…), values left out. */
async function headShape(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const kinds = [...document.head.children].map((element) => {
      const key = ['name', 'property', 'rel', 'charset', 'http-equiv', 'type', 'as'].find((name) =>
        element.hasAttribute(name),
      );
      const value = key === 'charset' ? '' : key ? element.getAttribute(key) : '';
      const inline = element.tagName === 'SCRIPT' && !element.hasAttribute('src') ? '(inline)' : '';
      return `${element.tagName.toLowerCase()}${key ? `[${key}=${value}]` : ''}${inline}`;
    });
    return [...new Set(kinds)].sort();
  });
}

/**
 * The console messages a hostile post may cause, each about a picture the article shows: its failed load
 * (`<img src=x>` names no picture, and other hosts are unreachable here), or the site's policy (img-src
 * 'self' data: https:) refusing a plain-http picture such as `<img src="//evil.example/x.png">` on this
 * http test server. Both are the page working as it should; any other message fails the test.
 */
async function unexplainedConsole(page: Page, messages: ConsoleMessage[]): Promise<string[]> {
  // currentSrc: the srcset candidate the browser chose (the banner picture goes through the image optimiser).
  const pictures = await page.evaluate(() =>
    [...document.querySelectorAll('img')].flatMap((image) => [image.src, image.currentSrc]),
  );
  return messages
    .filter((message) => {
      const refused =
        /^Loading the image '(http:[^']+)' violates the following Content Security Policy directive: "img-src 'self' data: https:"\. The action has been blocked\.$/.exec(
          message.text(),
        );
      if (message.type() === 'error' && refused && pictures.includes(refused[1] ?? '')) return false;
      const failedPicture =
        /^Failed to load resource: (the server responded with a status of 404 \(Not Found\)|net::ERR_BLOCKED_BY_CLIENT\.Inspector)$/.test(
          message.text(),
        );
      return !(message.type() === 'error' && failedPicture && pictures.includes(message.location().url));
    })
    .map((message) => `${message.type()}: ${message.text()} (${message.location().url})`);
}

let referenceHead: string[] = [];

test.beforeAll(async ({ browser, baseURL }) => {
  const page = await browser.newPage();
  await page.goto(new URL(`/articles/${REFERENCE_SLUG}`, baseURL).href);
  referenceHead = await headShape(page);
  await page.close();
});

for (const post of HOSTILE_POSTS) {
  test(`${post.slug} (${post.place}): nothing runs, loads elsewhere or navigates`, async ({
    page,
    context,
    baseURL,
  }) => {
    const url = new URL(`/articles/${encodeURIComponent(post.slug)}`, baseURL).href;
    const consoleMessages: ConsoleMessage[] = [];
    page.on('console', (message) => consoleMessages.push(message));
    await visitInert(context, page, url);
    expect(await page.evaluate(() => document.title)).toBe(`${post.title} | ${SITE_NAME}`);
    await expect(page.locator('h1')).toHaveText(post.title);

    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', post.title);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      String(post.frontMatter.excerpt),
    );

    const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents();
    expect(jsonLd, 'one JSON-LD block').toHaveLength(1);
    expect(JSON.parse(jsonLd[0] ?? '')).toMatchObject({ '@type': 'NewsArticle', headline: post.title });
    // A field that breaks out of its tag would add elements; a post may only leave some out (e.g. no picture alt).
    const shape = await headShape(page);
    expect(
      shape.filter((kind) => !referenceHead.includes(kind)),
      'the head holds no kind of element a plain article lacks',
    ).toEqual([]);
    expect(await page.locator('head title').count(), 'one <title>').toBe(1);
    expect(await unexplainedConsole(page, consoleMessages), 'the console stays quiet').toEqual([]);
  });
}
