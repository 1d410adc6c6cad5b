import { expect, test } from './support/test';

// Chromium's note on the banner picture that Next's prefetch of the reference article hints: it appears
// when a test keeps the home page open for a few seconds, and is about the article page, not the ticker.
test.use({ expectedConsole: [/newsdao_breakingnews\.jpg was preloaded using link preload but not used/] });

const trackAnimation = (ticker: Element) => {
  const style = getComputedStyle(ticker.querySelector('.news-ticker__track') ?? ticker);
  return { name: style.animationName, state: style.animationPlayState };
};

test('the home page ticker shows the newest headlines and the reader can pause and resume it', async ({
  page,
}) => {
  await page.goto('/');
  const ticker = page.getByRole('region', { name: '속보 헤드라인' });
  await expect(ticker.getByRole('listitem')).toHaveCount(5);
  await expect(ticker.getByRole('link').first()).toHaveText('한글 주소로 읽는 지역 경제 기사');
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
