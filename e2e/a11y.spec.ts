import AxeBuilder from '@axe-core/playwright';

import { CHECKED_PAGES } from './support/pages';
import { expect, SEED, test } from './support/test';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The 404 page's own load, and Chromium's note on the banner picture that Next's link prefetching hints
// (the article's `fetchPriority="high"` image) while these slower checks keep the page open.
test.use({
  expectedConsole: [/status of 404|newsdao_breakingnews\.jpg was preloaded using link preload but not used/],
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in the ${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });

    for (const { name, path } of CHECKED_PAGES) {
      test(`axe finds no WCAG 2.2 AA violation on the ${name} page`, async ({ page }) => {
        test.setTimeout(90_000);
        await page.goto(path);
        await page.evaluate(() => document.fonts.ready);
        if (path.startsWith('/search')) await expect(page.locator('.search-results a').first()).toBeVisible();
        // A moving ticker makes axe recompute styles on every check (seconds on two cores); its content and
        // colours are the same at rest, so the check stops it the way a reader would.
        if (path === '/') await page.getByRole('button', { name: '속보 일시정지' }).click();
        const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
        const violations = results.violations.map((violation) => ({
          rule: violation.id,
          help: violation.help,
          targets: violation.nodes.map((node) => node.target.join(' ')),
        }));
        expect(violations).toEqual([]);
      });
    }
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 412, height: 823 } });

  test('axe finds no WCAG 2.2 AA violation on the home page, ticker and all', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

test('the skip link is the first stop and takes focus to the main content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문 바로가기' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('a focused link shows a visible outline', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement ?? document.body);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).toBe('solid');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('every article table has an accessible name', async ({ page }) => {
  await page.goto(SEED.path);
  for (const region of await page.locator('.article-table').all()) {
    await expect(region).toHaveAttribute('aria-label', /.+/);
  }
});
