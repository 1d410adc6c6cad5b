import { expect, test } from './support/test';

// Chromium's note on the banner picture that Next's prefetch of the reference article hints: it appears
// when a test keeps the home page open for a few seconds, and is about the article page, not the ticker.
test.use({ expectedConsole: [/newsdao_breakingnews\.jpg was preloaded using link preload but not used/] });

const trackAnimation = (ticker: Element) => {
  const style = getComputedStyle(ticker.querySelector('.news-ticker__track') ?? ticker);
  return { name: style.animationName, state: style.animationPlayState };
};

test('the ticker shows only breaking news of the last 48 hours, newest first, and the reader can pause it', async ({
  page,
}) => {
  await page.goto('/');
  const ticker = page.getByRole('region', { name: '속보 헤드라인' });
  // e2e/prepare-content.mjs writes two breaking posts (1 and 3 hours before the build) and a recent one
  // without the flag; the seed post is breaking too, but from 2023.
  await expect(ticker.getByRole('link')).toHaveText(['태풍 북상, 남해안 비상 근무', '동해 해역 지진 발생']);
  expect(await ticker.evaluate(trackAnimation)).toEqual({ name: 'news-ticker-scroll', state: 'running' });

  await page.mouse.move(0, 0);
  await ticker.getByRole('button', { name: '속보 일시정지' }).click();
  await page.mouse.move(0, 0);
  expect(await ticker.evaluate(trackAnimation)).toEqual({ name: 'news-ticker-scroll', state: 'paused' });
  await ticker.getByRole('button', { name: '속보 재생' }).click();
  await page.mouse.move(0, 0);
  expect((await ticker.evaluate(trackAnimation)).state).toBe('running');
});

test('a focused headline stands still and is fully in view, never hidden by the motion', async ({ page }) => {
  await page.goto('/');
  const ticker = page.getByRole('region', { name: '속보 헤드라인' });
  const viewport = ticker.locator('.news-ticker__viewport');
  const links = await ticker.getByRole('link').all();
  for (const [index, link] of links.entries()) {
    if (index === 0) await link.focus();
    else await page.keyboard.press('Tab');
    await expect(link).toBeFocused();
    expect((await ticker.evaluate(trackAnimation)).name).toBe('none');
    const [outer, box] = await Promise.all([viewport.boundingBox(), link.boundingBox()]);
    if (!outer || !box) throw new Error('ticker not laid out');
    expect(box.x).toBeGreaterThanOrEqual(outer.x - 1);
    expect(box.x + box.width).toBeLessThanOrEqual(outer.x + outer.width + 1);
    expect(box.y + box.height).toBeLessThanOrEqual(outer.y + outer.height + 1);
  }
});

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

  test('the ticker stands still and shows every headline', async ({ page }) => {
    await page.goto('/');
    const ticker = page.getByRole('region', { name: '속보 헤드라인' });
    expect((await ticker.evaluate(trackAnimation)).name).toBe('none');
    for (const link of await ticker.getByRole('link').all()) await expect(link).toBeInViewport();
  });
});
