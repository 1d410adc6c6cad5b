import { expect, KOREAN, SEED, test } from './support/test';

test('a category page lists its articles', async ({ page }) => {
  await page.goto('/categories/news');
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
  await expect(page.getByRole('link', { name: SEED.title })).toHaveAttribute('href', SEED.path);
});

test('a Korean category URL works and paginates newest first', async ({ page }) => {
  await page.goto(KOREAN.economyPath);
  await expect(page.getByRole('heading', { level: 1, name: '경제' })).toBeVisible();
  const items = page.locator('.article-list > li');
  await expect(items).toHaveCount(20);
  await expect(items.first()).toContainText('경제 브리핑 23호');
  await page.getByRole('link', { name: '다음 페이지' }).click();
  await expect(page).toHaveURL(`${KOREAN.economyPath}/page/2`);
  await expect(page.locator('.article-list > li')).toHaveCount(3);
  await expect(page.locator('.article-list > li').last()).toContainText('경제 브리핑 1호');
});

test('the all-categories page shows every category with its count', async ({ page }) => {
  await page.goto('/categories');
  const economy = page.locator('.category-index li', {
    has: page.getByRole('link', { name: '경제', exact: true }),
  });
  await expect(economy).toContainText('기사 23건');
  await expect(
    page.locator('.category-index li', { has: page.getByRole('link', { name: 'News' }) }),
  ).toContainText('기사 1건');
  await page.getByRole('main').getByRole('link', { name: '지역 경제' }).click();
  await expect(page).toHaveURL(KOREAN.categoryPath);
  await expect(page.getByRole('link', { name: '한글 주소로 읽는 지역 경제 기사' })).toBeVisible();
});
