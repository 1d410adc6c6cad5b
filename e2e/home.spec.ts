import { expect, SEED, test } from './support/test';

// The listings show the overseas fixture's picture from an unreachable host (a placeholder then shows).
test.use({ expectedConsole: [/ERR_NAME_NOT_RESOLVED|images\.invalid/] });

test('the front page is a Korean page titled for the outlet, with the lead story first', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('뉴스다오 주요 뉴스');
  await expect(page.locator('main .lead-story')).toBeVisible();
});

test('a listing shows the reference article with its date, category and excerpt', async ({ page }) => {
  await page.goto('/categories/news');
  const card = page.locator('article', { has: page.getByRole('link', { name: SEED.title }) });
  await expect(card).toBeVisible();
  await expect(card.locator('time')).toHaveText('2023.09.18');
  await expect(card.locator('time')).toHaveAttribute('dateTime', '2023-09-18T00:00:00+09:00');
  await expect(card.getByRole('link', { name: 'News' })).toHaveAttribute('href', '/categories/news');
  await expect(card).toContainText('중소벤처기업부와 경찰청이 손잡고');
});

test('the front page pages on to /page/2, a listing of the older articles', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: '페이지 이동' })
    .getByRole('link', { name: '다음 페이지' })
    .click();
  await expect(page).toHaveURL(/\/page\/2$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2페이지');
  await expect(page.locator('.article-list > li')).not.toHaveCount(0);
});

test('header offers the site name and category navigation, footer the HTML sitemap', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('link', { name: '뉴스다오' })).toHaveAttribute('href', '/');
  const nav = page.getByRole('navigation', { name: '카테고리' });
  await expect(nav.getByRole('link', { name: '경제', exact: true })).toBeVisible();
  await expect(nav.getByRole('link', { name: '전체 카테고리' })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByRole('link', { name: '사이트맵' })).toHaveAttribute(
    'href',
    '/sitemap',
  );
});

test("text is set in the reader's own Korean system font, and no web font is downloaded", async ({
  page,
}) => {
  const fontRequests: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fontRequests.push(request.url());
  });
  await page.goto('/');
  await page.evaluate(() => document.fonts.ready);
  const family = await page.locator('body').evaluate((body) => getComputedStyle(body).fontFamily);
  const families = family.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));
  expect(families[0]).toBe('-apple-system');
  for (const korean of ['Apple SD Gothic Neo', 'Malgun Gothic', 'Noto Sans KR'])
    expect(families).toContain(korean);
  expect(await page.evaluate(() => document.fonts.size)).toBe(0);
  expect(fontRequests).toEqual([]);
  const wordBreak = await page.locator('body').evaluate((body) => getComputedStyle(body).wordBreak);
  expect(wordBreak).toBe('keep-all');
});
