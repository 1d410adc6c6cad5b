import { E2E_SITE_URL } from '../playwright.config';
import { expect, SEED, test } from './support/test';

const CORRECTED = '/articles/2024-01-20-corrected-price-report';
const FEATURE = '/articles/2024-01-10-hotel-review';
const FIXED_PAGE_TITLES = [
  '회사소개',
  '청소년보호정책',
  '개인정보처리방침',
  '정정·반론보도 안내',
  '기사제보',
  '윤리강령',
];

test.use({
  expectedConsole: [/status of 404|newsdao_breakingnews\.jpg was preloaded using link preload but not used/],
});

for (const [name, path] of [
  ['home', '/'],
  ['article', SEED.path],
  ['404', '/no/such/page'],
] as const) {
  test(`the ${name} page's footer shows every publisher field, the 출처 line and the fixed pages`, async ({
    page,
  }) => {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    const fields: [string, string][] = [
      ['제호', '뉴스다오'],
      ['등록번호', '서울 아00000 (예시)'],
      ['등록연월일', '2023.09.01 (예시)'],
      ['발행인', '홍길동 (예시)'],
      ['편집인', '김편집 (예시)'],
      ['청소년보호책임자', '이보호 (예시)'],
      ['주소', '서울특별시 중구 세종대로 000 (예시)'],
      ['전화', '02-000-0000 (예시)'],
      ['이메일', 'desk@newsdao.example'],
    ];
    for (const [label, value] of fields) {
      await expect(
        footer
          .locator('.publisher-info__row', { has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
          .locator('dd'),
      ).toHaveText(value);
    }
    await expect(footer).toContainText('출처가 표시된 기사의 저작권은 각 출처에 있습니다.');
    await expect(footer).toContainText('저작권자 © 뉴스다오 무단전재 및 재배포 금지');
    const links = footer.getByRole('navigation', { name: '사이트 안내' }).getByRole('link');
    await expect(links).toHaveText([...FIXED_PAGE_TITLES, '전체 카테고리', '사이트맵']);
  });
}

test('the article JSON-LD names the publisher with its logo, and each reporter as a Person with a url', async ({
  page,
}) => {
  await page.goto(CORRECTED);
  const jsonLd: unknown = JSON.parse(
    (await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}',
  );
  expect(jsonLd).toMatchObject({
    publisher: {
      name: '뉴스다오',
      logo: { '@type': 'ImageObject', url: 'https://e2e.newsdao.test/icon.svg' },
    },
    author: [
      { '@type': 'Person', name: '홍길동', url: 'https://e2e.newsdao.test/reporters/hong-gildong' },
      { '@type': 'Person', name: '임시 기고자' },
    ],
    datePublished: '2024-01-20T09:00:00+09:00',
    dateModified: '2024-01-21T14:20:00+09:00',
  });
});

test('a corrected article shows 입력/수정 with times, the byline twice and the 바로잡습니다 notice above the body', async ({
  page,
}) => {
  await page.goto(CORRECTED);
  const meta = page.locator('.article__meta');
  await expect(meta).toHaveText('입력 2024.01.20 09:00 · 수정 2024.01.21 14:20');
  await expect(meta.locator('time').first()).toHaveAttribute('dateTime', '2024-01-20T09:00:00+09:00');
  await expect(meta.locator('time').last()).toHaveAttribute('dateTime', '2024-01-21T14:20:00+09:00');
  const bylines = page.locator('.byline');
  await expect(bylines).toHaveCount(2);
  for (const byline of await bylines.all()) {
    await expect(byline).toHaveText('홍길동 기자 hong@newsdao.example · 임시 기고자 기자');
    await expect(byline.getByRole('link', { name: 'hong@newsdao.example' })).toHaveAttribute(
      'href',
      'mailto:hong@newsdao.example',
    );
  }
  const notice = page.getByRole('region', { name: '바로잡습니다' });
  await expect(notice).toContainText(
    '2024.01.21 14:20 1월 소비자물가 상승률을 3.1%에서 2.8%로 바로잡습니다.',
  );
  const [noticeBox, bodyBox] = await Promise.all([
    notice.boundingBox(),
    page.locator('.article__body').boundingBox(),
  ]);
  expect(noticeBox && bodyBox && noticeBox.y < bodyBox.y).toBe(true);
});

test('a reporter role replaces 기자, and the reporter page lists their articles with a feed', async ({
  page,
  request,
}) => {
  await page.goto(FEATURE);
  await expect(page.locator('.byline').first()).toHaveText('김논설 논설위원 kim@newsdao.example');
  await page.locator('.byline').first().getByRole('link', { name: '김논설' }).click();
  await expect(page).toHaveURL('/reporters/kim');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('김논설 논설위원');
  await expect(page.getByRole('link', { name: '바닷가 호텔 숙박기' })).toBeVisible();

  await page.goto('/reporters/hong-gildong');
  await expect(page.getByText('경제부 기자입니다. 물가와 지역 경제를 씁니다.')).toBeVisible();
  await expect(
    page.locator(
      `head link[rel="alternate"][type="application/rss+xml"][href="${E2E_SITE_URL}/reporters/hong-gildong/feed.xml"]`,
    ),
  ).toHaveCount(1);
  await page
    .getByRole('navigation', { name: '페이지 이동' })
    .getByRole('link', { name: '다음 페이지' })
    .click();
  await expect(page).toHaveURL('/reporters/hong-gildong/page/2');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('홍길동 기자 · 2페이지');
  await expect(page.locator('.article-list > li')).toHaveCount(4);
  await expect(page.locator('.article-list > li').last()).toContainText('경제 브리핑 1호');
  const feed = await request.get('/reporters/hong-gildong/feed.xml');
  expect(feed.headers()['content-type']).toContain('application/rss+xml');
  const xml = await feed.text();
  expect(xml).toContain('<title>홍길동 기자 | 뉴스다오</title>');
  expect(xml).toContain('바로잡은 물가 보고서 기사');
  expect(xml).toContain('바로잡습니다');
  expect(xml).toContain('<atom:updated>2024-01-21T14:20:00+09:00</atom:updated>');
  expect(xml).not.toContain('바닷가 호텔 숙박기');
});

test('a feature article with a picture gets the banner without the 속보 label; the seed is breaking news', async ({
  page,
}) => {
  await page.goto(FEATURE);
  await expect(page.getByRole('img', { name: '호텔 객실에서 본 바다' })).toBeVisible();
  await expect(page.getByRole('region', { name: '속보' })).toHaveCount(0);
  await expect(page.locator('.breaking-banner__label')).toHaveCount(0);
  await page.goto(SEED.path);
  await expect(page.getByRole('region', { name: '속보' })).toBeVisible();
});

test('a fixed page is served at its permalink and at its file name, out of listings and feeds but in the sitemap', async ({
  page,
  request,
}) => {
  await page.goto('/about');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('회사소개');
  await expect(page).toHaveTitle('회사소개 | 뉴스다오');
  await page.goto('/ethics');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('윤리강령');
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: '회사소개' })).toHaveCount(0);
  const feed = await (await request.get('/feed.xml')).text();
  expect(feed).not.toContain('회사소개');
  const news = await (await request.get('/news-sitemap.xml')).text();
  expect(news).not.toContain('/about');
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const path of [
    '/about',
    '/ethics',
    '/privacy',
    '/sitemap',
    '/reporters/hong-gildong',
    '/reporters/kim',
  ])
    expect(sitemap).toContain(`<loc>https://e2e.newsdao.test${path}</loc>`);
  // An article's lastmod follows its 수정 time: here the correction of 2024.01.21 14:20 (Seoul).
  expect(sitemap).toContain(
    `<url><loc>https://e2e.newsdao.test${CORRECTED}</loc><lastmod>2024-01-21T05:20:00.000Z</lastmod></url>`,
  );
});

test('the HTML sitemap lists sections, fixed pages and reporters', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '사이트맵' }).click();
  await expect(page).toHaveURL('/sitemap');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('사이트맵');
  await expect(
    page.getByRole('region', { name: '섹션' }).getByRole('link', { name: '경제', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: '안내' }).getByRole('link')).toHaveText(FIXED_PAGE_TITLES);
  await expect(
    page.getByRole('region', { name: '기자' }).getByRole('link', { name: '홍길동 기자' }),
  ).toHaveAttribute('href', '/reporters/hong-gildong');
});

test('listings show the time for articles of the last 24 hours, the day otherwise', async ({ page }) => {
  await page.goto('/');
  const recent = page.locator('.article-card', { has: page.getByRole('link', { name: '오늘의 증시 마감' }) });
  await expect(recent.locator('time')).toHaveText(/^\d{4}\.\d{2}\.\d{2} \d{2}:\d{2}$/);
  await page.goto('/categories/여행');
  const older = page.locator('.article-card', {
    has: page.getByRole('link', { name: '바닷가 호텔 숙박기' }),
  });
  await expect(older.locator('time')).toHaveText('2024.01.10');
});
