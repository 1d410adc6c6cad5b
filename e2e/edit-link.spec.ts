import { expect, SEED, test } from './support/test';

// The e2e build sets no NEWSDAO_REPOSITORY_URL; with one, e2e/static-export/edit-link.static.ts sees the link.
test('without a repository in the site config, articles show no edit link', async ({ page }) => {
  await page.goto(SEED.path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
  await expect(page.getByRole('link', { name: '이 기사 수정하기' })).toHaveCount(0);
});
