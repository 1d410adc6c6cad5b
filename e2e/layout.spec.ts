import { expect, KOREAN, SEED, test } from './support/test';

const PAGES = ['/', SEED.path, KOREAN.articlePath, KOREAN.economyPath, '/categories'];

test.describe('on a 375 px phone', () => {
  test.use({ viewport: { width: 375, height: 740 } });

  for (const path of PAGES) {
    test(`${decodeURIComponent(path)} never scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      await page.evaluate(() => document.fonts.ready);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    });
  }

  test('a wide table scrolls inside its own box', async ({ page }) => {
    await page.goto(KOREAN.articlePath);
    const box = page.getByRole('region', { name: '표' }).last();
    const scrolls = await box.evaluate((element) => element.scrollWidth > element.clientWidth);
    expect(scrolls).toBe(true);
  });
});
