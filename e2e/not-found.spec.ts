import { expect, test } from './support/test';

test.use({ expectedConsole: [/status of 404/] });

for (const path of [
  '/articles/no-such-article',
  `/categories/${encodeURIComponent('없는-카테고리')}`,
  '/page/99',
  '/no/such/page',
]) {
  test(`unknown URL ${decodeURIComponent(path)} answers 404 with a Korean page`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
    await expect(page.getByRole('link', { name: '최신 기사 보기' })).toHaveAttribute('href', '/');
  });
}
