import { E2E_SITE_URL } from '../playwright.config';
import { expect, KOREAN, SEED, test } from './support/test';

const brief = (number: number) =>
  `/articles/2022-03-${String(number).padStart(2, '0')}-economy-brief-${String(number).padStart(2, '0')}`;

test('an article carries Open Graph article tags, a large Twitter card and its canonical URL', async ({
  page,
}) => {
  await page.goto(SEED.path);
  const meta = (key: string) =>
    page.locator(`head meta[property="${key}"], head meta[name="${key}"]`).first();
  await expect(page.locator('head link[rel="canonical"]')).toHaveAttribute(
    'href',
    `${E2E_SITE_URL}${SEED.path}`,
  );
  await expect(meta('og:type')).toHaveAttribute('content', 'article');
  await expect(meta('og:locale')).toHaveAttribute('content', 'ko_KR');
  await expect(meta('article:published_time')).toHaveAttribute('content', '2023-09-18T00:00:00+09:00');
  await expect(meta('article:modified_time')).toHaveAttribute('content', '2023-09-18T00:00:00+09:00');
  await expect(meta('article:section')).toHaveAttribute('content', 'News');
  await expect(meta('og:image')).toHaveAttribute(
    'content',
    `${E2E_SITE_URL}/assets/img/newsdao_breakingnews.jpg`,
  );
  await expect(meta('twitter:card')).toHaveAttribute('content', 'summary_large_image');
  await expect(meta('description')).toHaveAttribute('content', /^중소벤처기업부와 경찰청이/);
});

test('an article describes itself as a NewsArticle in JSON-LD with Seoul dates', async ({ page }) => {
  await page.goto(SEED.path);
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  expect(blocks).toHaveLength(1);
  const data: unknown = JSON.parse(blocks[0] ?? '');
  expect(data).toMatchObject({
    '@type': 'NewsArticle',
    headline: SEED.title,
    datePublished: '2023-09-18T00:00:00+09:00',
    dateModified: '2023-09-18T00:00:00+09:00',
    image: [`${E2E_SITE_URL}/assets/img/newsdao_breakingnews.jpg`],
    author: [{ '@type': 'Person', name: '뉴스다오 편집국', url: `${E2E_SITE_URL}/reporters/desk` }],
    publisher: { name: '뉴스다오', logo: { '@type': 'ImageObject', url: `${E2E_SITE_URL}/icon.svg` } },
  });
});

test('an article that names no reporter is the newsroom’s own in JSON-LD (an Organization)', async ({
  page,
}) => {
  await page.goto(KOREAN.articlePath);
  const data: unknown = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '',
  );
  expect(data).toMatchObject({ author: { '@type': 'Organization', name: '뉴스다오' } });
  await expect(page.locator('.byline')).toHaveCount(0);
});

test('an article without a picture shares a generated 1200×630 picture of its title', async ({
  page,
  request,
}) => {
  await page.goto(KOREAN.articlePath);
  const imageUrl = await page.locator('head meta[property="og:image"]').getAttribute('content');
  expect(imageUrl).toBe(`${E2E_SITE_URL}/og/${encodeURIComponent('2024-02-01-한글-주소-기사')}.png`);
  const response = await request.get(new URL(imageUrl ?? '').pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  const png = await response.body();
  // The IHDR chunk holds width and height as big-endian 32-bit numbers at bytes 16 and 20.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('an article with its own picture gets no generated one', async ({ request }) => {
  expect((await request.get(`/og/${SEED.path.split('/').pop()}.png`)).status()).toBe(404);
});

test('an article lists related articles sharing its tag, newest first, and links the previous and next article', async ({
  page,
}) => {
  await page.goto(brief(10));
  // Every brief is tagged 경제동향; 경제 holds most of the e2e articles, so it is the catch-all and adds nothing.
  const related = page.getByRole('region', { name: '관련 기사' });
  await expect(related.getByRole('listitem')).toHaveText([
    /경제 브리핑 23호/,
    /경제 브리핑 22호/,
    /경제 브리핑 21호/,
    /경제 브리핑 20호/,
    /경제 브리핑 19호/,
  ]);
  const pager = page.getByRole('navigation', { name: '이전 기사와 다음 기사' });
  await expect(pager.getByRole('link', { name: '이전 기사 경제 브리핑 9호' })).toHaveAttribute(
    'href',
    brief(9),
  );
  await expect(pager.getByRole('link', { name: '다음 기사 경제 브리핑 11호' })).toHaveAttribute(
    'href',
    brief(11),
  );
});

test.describe('the oldest article', () => {
  // Its picture is another site's, at an address that does not resolve: the failed load is expected.
  test.use({ expectedConsole: [/Failed to load resource: net::ERR_NAME_NOT_RESOLVED/] });

  test('has only a next link', async ({ page }) => {
    await page.goto('/articles/2021-01-01-overseas-photo');
    const pager = page.getByRole('navigation', { name: '이전 기사와 다음 기사' });
    await expect(pager.getByRole('link')).toHaveCount(1);
    await expect(pager.getByRole('link', { name: '다음 기사 경제 브리핑 1호' })).toHaveAttribute(
      'href',
      brief(1),
    );
  });
});

test('pages other than articles share the site’s own generated picture', async ({ page, request }) => {
  await page.goto('/');
  await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute(
    'content',
    `${E2E_SITE_URL}/og/_site.png`,
  );
  await expect(page.locator('head meta[name="twitter:card"]')).toHaveAttribute(
    'content',
    'summary_large_image',
  );
  const response = await request.get('/og/_site.png');
  expect(response.headers()['content-type']).toBe('image/png');
});

test('printed, an article keeps its text and drops the site chrome, related links and pager', async ({
  page,
}) => {
  await page.goto(brief(10));
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  for (const hidden of ['.site-header', '.site-footer', '.related-articles', '.article-pager'])
    await expect(page.locator(hidden)).toBeHidden();
  const colours = await page.evaluate(() => ({
    text: getComputedStyle(document.body).color,
    paper: getComputedStyle(document.body).backgroundColor,
  }));
  expect(colours).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)' });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });

  test('the banner picture arrives as a WebP sized for the screen, not the 1200 px original', async ({
    page,
  }) => {
    const picture = page.waitForResponse(
      (response) =>
        response.request().resourceType() === 'image' && response.url().includes('newsdao_breakingnews.jpg'),
    );
    await page.goto(SEED.path);
    const response = await picture;
    expect(response.headers()['content-type']).toBe('image/webp');
    // The width the browser chose from the srcset: enough for the 358 px column at 2× density.
    const chosen = await page
      .getByRole('region', { name: '속보' })
      .getByRole('img', { name: '뉴스다오 속보' })
      .evaluate((img: HTMLImageElement) => img.currentSrc);
    const width = Number(new URL(chosen).searchParams.get('w'));
    expect(width).toBeGreaterThanOrEqual(358 * 2);
    expect(width).toBeLessThan(1200);
    expect((await response.body()).length).toBeLessThan(31_748);
  });
});
