import { STATIC_REPOSITORY_URL } from '../../playwright.static.config';
import { expect, KOREAN, SEED, test } from '../support/test';

// This build sets NEWSDAO_REPOSITORY_URL (the next start suite builds without one: e2e/edit-link.spec.ts).
test("every article links to its file in GitHub's web editor", async ({ page }) => {
  await page.goto(SEED.path);
  await expect(page.getByRole('link', { name: '이 기사 수정하기' })).toHaveAttribute(
    'href',
    `${STATIC_REPOSITORY_URL}/edit/main/content/2023-09-18-police-sme-security-industry.md`,
  );
  await page.goto(KOREAN.articlePath);
  await expect(page.getByRole('link', { name: '이 기사 수정하기' })).toHaveAttribute(
    'href',
    `${STATIC_REPOSITORY_URL}/edit/main/content/fixtures/${encodeURIComponent('2024-02-01-한글-주소-기사.md')}`,
  );
});
