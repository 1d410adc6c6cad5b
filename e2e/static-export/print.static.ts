import { expect, SEED, test } from '../support/test';

// This build knows its repository, so articles carry the edit link that print must leave out.
test('printed, an article hides its edit link and shows the outlet name', async ({ page }) => {
  await page.goto(SEED.path);
  const edit = page.getByRole('link', { name: '이 기사 수정하기' });
  await expect(edit).toBeVisible();
  await expect(page.locator('.article__print-masthead')).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(edit).toBeHidden();
  await expect(page.locator('.article__print-masthead')).toHaveText('뉴스다오');
  await expect(page.locator('.article__print-masthead')).toBeVisible();
});
