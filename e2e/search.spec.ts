import { expect, SEED, test } from './support/test';

for (const query of ['치안', '중소벤처']) {
  test(`searching ‘${query}’ from the keyboard finds the reference article with its date and excerpt`, async ({
    page,
  }) => {
    await page.goto('/search');
    await page.getByRole('searchbox', { name: '검색어' }).focus();
    await page.keyboard.type(query);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status')).toContainText(`‘${query}’ 검색 결과`);
    const hit = page.locator('.search-results > li', { has: page.getByRole('link', { name: SEED.title }) });
    await expect(hit.getByRole('link', { name: SEED.title })).toHaveAttribute('href', SEED.path);
    await expect(hit.locator('time')).toHaveText('2023년 9월 18일');
    await expect(hit.locator('time')).toHaveAttribute('dateTime', '2023-09-18T00:00:00+09:00');
    await expect(hit.locator('mark').first()).toContainText(query);
    await expect(page).toHaveURL(new RegExp(`\\?q=${encodeURIComponent(query)}$`));

    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: SEED.title })).toBeFocused();
  });
}

test('a shared search address shows its results at once', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('과학치안')}`);
  await expect(page.getByRole('searchbox', { name: '검색어' })).toHaveValue('과학치안');
  await expect(page.getByRole('link', { name: SEED.title })).toBeVisible();
});

test('a search with no match says so', async ({ page }) => {
  await page.goto('/search');
  await page.getByRole('searchbox', { name: '검색어' }).fill('존재하지않는낱말');
  await page.getByRole('button', { name: '검색' }).click();
  await expect(page.getByRole('status')).toHaveText('‘존재하지않는낱말’에 맞는 기사가 없습니다.');
});

test('only articles are indexed, so listing pages never show up as results', async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent('경제')}`);
  await expect(page.getByRole('status')).toContainText('검색 결과');
  const hrefs = await page
    .locator('.search-results a')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) expect(href).toMatch(/^\/articles\//);
});
