import type { Page } from '@playwright/test';

import { expect, test } from './support/test';

/**
 * Posts e2e/prepare-content.mjs writes hours before the build: the newer of two breaking stories (with a
 * picture), and an ordinary one newer than both.
 */
const BREAKING_TITLE = '태풍 북상, 남해안 비상 근무';
const NEWER_TITLE = '국회 본회의 오후 개의';

/** Another site's picture that cannot load (the overseas fixture's `https://images.invalid/…`). */
const FAILED_PICTURE = /images\.invalid|ERR_NAME_NOT_RESOLVED|ERR_CONNECTION|Failed to load resource/;

test.use({ expectedConsole: [FAILED_PICTURE] });

/** The summed layout-shift score so far, as the CLS metric counts it (shifts after input excluded). */
async function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput) total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 500);
      }),
  );
}

test('the newest breaking story of the last 48 hours leads, with its sized eager picture as the LCP element', async ({
  page,
}) => {
  await page.goto('/');
  const lead = page.locator('.lead-story');
  await expect(lead.getByRole('heading', { level: 2 })).toHaveText(BREAKING_TITLE);
  await expect(lead.locator('.lead-story__flag')).toHaveText('속보');
  await expect(lead).toContainText('태풍이 북상하면서 남해안');
  await expect(lead.locator('time')).toHaveAttribute('dateTime', /\+09:00$/);
  // Written an hour before the build: the lead prints its time in the listings' dotted form.
  await expect(lead.locator('time')).toHaveText(/^\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}$/);
  await expect(lead.getByRole('link', { name: '사회' })).toHaveAttribute(
    'href',
    `/categories/${encodeURIComponent('사회')}`,
  );
  const picture = lead.locator('img');
  await expect(picture).toHaveAttribute('alt', '비상 근무 중인 남해안 상황실');
  await expect(picture).toHaveAttribute('width', '1200');
  await expect(picture).toHaveAttribute('height', '630');
  await expect(picture).toHaveAttribute('fetchpriority', 'high');
  await expect(picture).not.toHaveAttribute('loading', 'lazy');
  await expect(picture).toHaveAttribute(
    'srcset',
    /\/_next\/image\?url=%2Fassets%2Fimg%2Fnewsdao_breakingnews\.jpg/,
  );
  // The newer, ordinary story follows the breaking one instead of leading.
  await expect(page.locator('.story-grid').getByRole('link', { name: NEWER_TITLE })).toBeVisible();
  const lcpElement = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          const element = last && 'element' in last && last.element instanceof Element ? last.element : null;
          resolve(element?.closest('.lead-story') ? 'lead picture' : (element?.outerHTML ?? 'none'));
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
  expect(lcpElement).toBe('lead picture');
});

test('6 to 8 story cards follow, thumbnails on those with pictures and none on the others', async ({
  page,
}) => {
  await page.goto('/');
  const cards = page.locator('.story-grid .article-card');
  const count = await cards.count();
  expect(count).toBeGreaterThanOrEqual(6);
  expect(count).toBeLessThanOrEqual(8);
  const withPicture = page.locator('.story-grid .article-card--with-picture');
  await expect(withPicture.first()).toBeVisible();
  for (const card of await withPicture.all()) {
    const thumbnail = card.locator('.article-thumbnail img');
    await expect(thumbnail).toHaveAttribute('loading', 'lazy');
    await expect(thumbnail).toHaveAttribute('width', '1200');
  }
  const plain = page.locator('.story-grid .article-card:not(.article-card--with-picture)');
  await expect(plain.first()).toBeVisible();
  for (const card of await plain.all()) {
    await expect(card.locator('.article-thumbnail')).toHaveCount(0);
    await expect(card.locator('.article-card__title')).toBeVisible();
  }
  await expect(page.locator('.story-grid img[srcset*="_next/image"]').first()).toBeAttached();
});

test('category sections follow _data/categories.yml order, each heading linking to its category page', async ({
  page,
}) => {
  await page.goto('/');
  const sections = page.locator('section.category-section');
  const headings = sections.locator('h2');
  // 해외 is `section: false` (its one article is old, so not in the grid either); 여행 and 물가 are not in
  // the file, so they get no section.
  await expect(headings).toHaveText(['사회', '정치', '경제', '지역 경제']);
  await expect(headings.getByRole('link', { name: '정치' })).toHaveAttribute('href', '/categories/politics');
  for (const section of await sections.all()) {
    const items = await section.locator('li').count();
    expect(items).toBeGreaterThanOrEqual(1);
    expect(items).toBeLessThanOrEqual(5);
  }
  await expect(sections.filter({ hasText: '경제 브리핑' }).first().locator('li')).toHaveCount(4);
  // Older than a day, so only the day, dotted like the cards above: 2022.03.23.
  await expect(sections.filter({ hasText: '경제 브리핑' }).first().locator('time').first()).toHaveText(
    /^\d{4}\.\d{2}\.\d{2}$/,
  );
});

test('/page/2 stays a paginated listing, with thumbnails beside the articles that have pictures', async ({
  page,
}) => {
  await page.goto('/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2페이지');
  await expect(page.locator('.article-list > li')).not.toHaveCount(0);
  await expect(page.getByRole('navigation', { name: '페이지 이동' })).toBeVisible();
});

test('listing pages show thumbnails through the image optimiser, lazily, and other sites’ pictures as they are', async ({
  page,
}) => {
  await page.goto(`/categories/${encodeURIComponent('사회')}`);
  const own = page.locator('.article-list .article-thumbnail img').first();
  await expect(own).toHaveAttribute('srcset', /\/_next\/image\?url=/);
  await expect(own).toHaveAttribute('loading', 'lazy');
  await page.goto(`/categories/${encodeURIComponent('해외')}`);
  const foreign = page.locator('.article-list .article-thumbnail img');
  await expect(foreign).toHaveAttribute('src', 'https://images.invalid/photo.jpg');
  await expect(foreign).not.toHaveAttribute('srcset');
});

test('a picture that fails to load leaves a neutral placeholder of the same size, not a broken-image icon', async ({
  page,
}) => {
  await page.goto(`/categories/${encodeURIComponent('해외')}`);
  const frame = page.locator('.article-list .article-thumbnail');
  const picture = frame.locator('img');
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth === 0))
    .toBe(true);
  // An empty alt: Chromium draws no broken-image icon and no alt text, so the frame's own colour shows.
  await expect(picture).toHaveAttribute('alt', '');
  const look = await frame.evaluate((element) => {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return { background: style.backgroundColor, width: box.width, height: box.height };
  });
  expect(look.background).not.toBe('rgba(0, 0, 0, 0)');
  expect(look.width).toBeGreaterThan(100);
  expect(look.height / look.width).toBeCloseTo(630 / 1200, 1);
});

test('no layout shift while the front page and a listing load their pictures (CLS 0)', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBe(0);
  await page.goto(`/categories/${encodeURIComponent('사회')}`);
  await page.waitForLoadState('networkidle');
  expect(await layoutShift(page)).toBe(0);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  for (const path of ['/', `/tags/${encodeURIComponent('치안')}`, '/articles/2025-05-01-patrol-report']) {
    test(`${path} has one column and no sideways scroll`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      if (path === '/') {
        const lefts = await page
          .locator('.story-grid__list > li')
          .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
        expect(new Set(lefts).size).toBe(1);
      }
    });
  }
});

test('on a desktop the stories are a grid of several columns', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const lefts = await page
    .locator('.story-grid__list > li')
    .evaluateAll((items) => items.map((item) => Math.round(item.getBoundingClientRect().left)));
  expect(new Set(lefts).size).toBeGreaterThanOrEqual(2);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test('on a desktop the header’s name lines up with the front page’s wider column', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const left = (selector: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((element) => Math.round(element.getBoundingClientRect().left));
  expect(await left('.site-header__name')).toBe(await left('.lead-story'));
  // An article keeps the narrower reading column, header included.
  await page.goto('/articles/2025-06-01-caption-story');
  expect(await left('.site-header__name')).toBe(await left('.article__title'));
});
