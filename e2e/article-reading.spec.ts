import { XMLParser } from 'fast-xml-parser';

import { expect, test } from './support/test';

const CAPTION_STORY = '/articles/2025-06-01-caption-story';
const PATROL_REPORT = '/articles/2025-05-01-patrol-report';
const ARTICLE_URL = `https://e2e.newsdao.test${PATROL_REPORT}`;
const SAFETY_TAG = `/tags/${encodeURIComponent('치안')}`;
const ECONOMY_TAG = `/tags/${encodeURIComponent('경제동향')}`;

type RssItem = { title: string; link: string };
type Rss = { rss: { channel: { title: string; item: RssItem | RssItem[] } } };

test('tags are links to their tag page, Korean slugs included', async ({ page }) => {
  await page.goto(CAPTION_STORY);
  const tags = page.getByRole('navigation', { name: '태그' });
  await expect(tags.getByRole('link', { name: '#치안' })).toHaveAttribute('href', SAFETY_TAG);
  await tags.getByRole('link', { name: '#치안' }).click();
  await expect(page).toHaveURL(new RegExp(`${SAFETY_TAG}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#치안');
  await expect(page.getByRole('link', { name: '야간 순찰 강화 결과 보고' })).toBeVisible();
  await expect(page.locator('.article-list .article-thumbnail img').first()).toHaveAttribute(
    'srcset',
    /_next\/image/,
  );
});

test('a tag page paginates at /tags/<slug>/page/N', async ({ page }) => {
  await page.goto(ECONOMY_TAG);
  await expect(page.locator('.article-list > li')).toHaveCount(20);
  await page
    .getByRole('navigation', { name: '페이지 이동' })
    .getByRole('link', { name: '다음 페이지' })
    .click();
  await expect(page).toHaveURL(new RegExp(`${ECONOMY_TAG}/page/2$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('#경제동향 · 2페이지');
  await expect(page.locator('.article-list > li')).toHaveCount(3);
  expect((await page.request.get(`${ECONOMY_TAG}/page/3`)).status()).toBe(404);
});

test('a tag has an RSS feed of its articles, linked from its page, and its pages are in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto(SAFETY_TAG);
  await expect(
    page.locator('link[rel="alternate"][type="application/rss+xml"][title="#치안 기사 RSS"]'),
  ).toHaveAttribute('href', `https://e2e.newsdao.test${SAFETY_TAG}/feed.xml`);
  const response = await request.get(`${SAFETY_TAG}/feed.xml`);
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const feed = new XMLParser().parse(await response.text()) as Rss;
  expect(feed.rss.channel.title).toBe('#치안 | 뉴스다오');
  const items = [feed.rss.channel.item].flat();
  expect(items.map((item) => item.title)).toContain('야간 순찰 강화 결과 보고');
  expect(items.map((item) => item.title)).not.toContain('경제 브리핑 1호');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const parts = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const pages = await Promise.all(
    parts
      .filter((loc) => loc.endsWith('.xml'))
      .map(async (loc) => (await request.get(new URL(loc).pathname)).text()),
  );
  const all = [sitemap, ...pages].join('\n');
  expect(all).toContain(`https://e2e.newsdao.test${SAFETY_TAG}</loc>`);
  expect(all).toContain(`https://e2e.newsdao.test${ECONOMY_TAG}/page/2</loc>`);
});

test('related articles come first by shared tags, then shared categories, never the whole catch-all', async ({
  page,
}) => {
  await page.goto(CAPTION_STORY);
  const related = page.getByRole('region', { name: '관련 기사' }).getByRole('listitem');
  // 야간 순찰 shares both tags (치안, 사진); the typhoon and school-zone stories share one tag (치안) and
  // the category 사회, and the typhoon is newer.
  await expect(related.first()).toContainText('야간 순찰 강화 결과 보고');
  // Dated like the listings (2025.05.01), not in the article's own long form.
  await expect(related.first().locator('time')).toHaveText(/^\d{4}\.\d{2}\.\d{2}$/);
  await expect(related.nth(1)).toContainText('태풍 북상, 남해안 비상 근무');
  await expect(related.filter({ hasText: '어린이 보호구역 점검 결과' })).toHaveCount(1);
  await expect(related.filter({ hasText: '경제 브리핑' })).toHaveCount(0);
});

test('a body picture followed by an italic line, and a <figure>, become figures with captions', async ({
  page,
}) => {
  await page.goto(CAPTION_STORY);
  const figures = page.locator('.article__body figure');
  await expect(figures).toHaveCount(2);
  await expect(figures.nth(0).locator('img')).toHaveAttribute('alt', '캠페인에 모인 시민들');
  await expect(figures.nth(0).locator('figcaption')).toHaveText(
    '안전 캠페인에 모인 시민들. 사진=중소벤처기업부',
  );
  await expect(figures.nth(1).locator('figcaption')).toHaveText('캠페인 부스 모습. 사진=경찰청');
  await expect(page.locator('.article__body p > em')).toHaveCount(0);
});

test('image: { caption, credit } prints the caption and 사진=<credit> under the banner picture', async ({
  page,
}) => {
  await page.goto(PATROL_REPORT);
  const figure = page.locator('.breaking-banner figure');
  await expect(figure.locator('img')).toHaveAttribute('alt', '순찰차');
  await expect(figure.locator('figcaption')).toHaveText('야간 순찰에 나선 순찰차 사진=경찰청');
});

test.describe('the share button', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('without the Web Share API it copies the link and says so in a live region, from the keyboard', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
    });
    await page.goto(PATROL_REPORT);
    const button = page.getByRole('button', { name: '공유하기' });
    await button.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('.share-bar').getByRole('status');
    await expect(status).toHaveText('기사 주소를 복사했습니다.');
    await expect(status).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(ARTICLE_URL);
  });

  test('with the Web Share API it opens the system share sheet with the title and URL', async ({ page }) => {
    await page.addInitScript(() => {
      const calls: ShareData[] = [];
      Object.defineProperty(window, 'shareCalls', { value: calls });
      Object.defineProperty(Navigator.prototype, 'share', {
        value: (data: ShareData) => {
          calls.push(data);
          return Promise.resolve();
        },
        configurable: true,
      });
    });
    await page.goto(PATROL_REPORT);
    await page.getByRole('button', { name: '공유하기' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shareCalls: ShareData[] }).shareCalls))
      .toEqual([{ title: '야간 순찰 강화 결과 보고', url: ARTICLE_URL }]);
  });

  test('plain links share to X, Facebook, Naver and e-mail with the article URL, and load no script of theirs', async ({
    page,
  }) => {
    const foreignScripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' && !request.url().startsWith('http://127.0.0.1'))
        foreignScripts.push(request.url());
    });
    await page.goto(PATROL_REPORT);
    const links = page.getByRole('list', { name: '다른 곳에 공유' });
    const url = encodeURIComponent(ARTICLE_URL);
    const title = encodeURIComponent('야간 순찰 강화 결과 보고');
    await expect(links.getByRole('link', { name: 'X에 공유' })).toHaveAttribute(
      'href',
      `https://x.com/intent/post?url=${url}&text=${title}`,
    );
    await expect(links.getByRole('link', { name: '페이스북에 공유' })).toHaveAttribute(
      'href',
      `https://www.facebook.com/sharer/sharer.php?u=${url}`,
    );
    await expect(links.getByRole('link', { name: '네이버에 공유' })).toHaveAttribute(
      'href',
      `https://share.naver.com/web/shareView?url=${url}&title=${title}`,
    );
    await expect(links.getByRole('link', { name: '이메일로 공유' })).toHaveAttribute(
      'href',
      `mailto:?subject=${title}&body=${url}`,
    );
    await expect(links.getByRole('link', { name: 'X에 공유' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(foreignScripts).toEqual([]);
  });
});

// The edit link is only in builds that know their repository: e2e/static-export/print.static.ts.
test('printed, an article keeps the outlet name, its URL and byline, and drops navigation and share', async ({
  page,
}) => {
  await page.goto(PATROL_REPORT);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.article__print-masthead')).toBeVisible();
  await expect(page.locator('.article__print-masthead')).toHaveText('뉴스다오');
  await expect(page.locator('.article__print-url')).toBeVisible();
  await expect(page.locator('.article__print-url')).toContainText(ARTICLE_URL);
  await expect(page.locator('.article__meta')).toBeVisible();
  await expect(page.locator('.share-bar')).toBeHidden();
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.getByRole('navigation', { name: '카테고리' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('.article__print-masthead')).toBeHidden();
  await expect(page.locator('.share-bar')).toBeVisible();
});

test('printed, a reporter’s article keeps its byline under the title', async ({ page }) => {
  await page.goto('/articles/2022-03-01-economy-brief-01');
  await page.emulateMedia({ media: 'print' });
  const byline = page.locator('.article__header .byline');
  await expect(byline).toBeVisible();
  await expect(byline).toContainText('홍길동 기자');
  await expect(page.locator('.article__print-masthead')).toBeVisible();
});

test('printed, the front page drops the ticker', async ({ page }) => {
  await page.goto('/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.news-ticker')).toBeHidden();
  await expect(page.locator('.lead-story')).toBeVisible();
});
