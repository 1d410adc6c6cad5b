import { expect, KOREAN, SEED, test } from './support/test';

test.describe('the reference article', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(SEED.path);
  });

  test('shows the title, 입력 with the Seoul day in <time dateTime> and linked categories', async ({
    page,
  }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED.title);
    await expect(page).toHaveTitle(`${SEED.title} | 뉴스다오`);
    // The seed's date comes from its file name: a day without a clock time, so only the day is shown.
    await expect(page.locator('.article__meta')).toHaveText('입력 2023.09.18');
    const time = page.locator('.article__meta time');
    await expect(time).toHaveText('2023.09.18');
    await expect(time).toHaveAttribute('dateTime', '2023-09-18T00:00:00+09:00');
    await expect(
      page.locator('.article__header').getByRole('link', { name: 'News', exact: true }),
    ).toHaveAttribute('href', '/categories/news');
  });

  test('shows the breaking-news banner with its picture and feature text, and the picture only once', async ({
    page,
  }) => {
    const banner = page.getByRole('region', { name: '속보' });
    await expect(banner).toBeVisible();
    const image = banner.getByRole('img', { name: '뉴스다오 속보' });
    await expect(image).toBeVisible();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
      .toBeGreaterThan(0);
    await expect(
      banner.getByRole('heading', { level: 2, name: 'navernews 실시간 뉴스 속보입니다.' }),
    ).toBeVisible();
    // The banner's own picture may come through Next's image optimiser (`/_next/image?url=…`).
    await expect(page.locator('img[src*="newsdao_breakingnews.jpg"]')).toHaveCount(1);
  });

  test('credits the source once, linking to the original', async ({ page }) => {
    const attribution = page.locator('.source-attribution');
    await expect(attribution).toContainText('출처');
    await expect(attribution).toContainText('뉴스다오');
    await expect(attribution.getByRole('link', { name: SEED.sourceTitle })).toHaveAttribute(
      'href',
      SEED.sourceUrl,
    );
    await expect(page.getByText('출처:', { exact: false })).toHaveCount(0);
    await expect(page.locator(`a[href="${SEED.sourceUrl}"]`)).toHaveCount(1);
  });

  test('renders the contact table with column headings', async ({ page }) => {
    const table = page.getByRole('region', { name: '표' }).getByRole('table');
    await expect(table.locator('th[scope="col"]')).toHaveText(['문의', '연락처']);
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(table.getByRole('cell', { name: '044-204-7741' })).toBeVisible();
  });

  test("renders the body's headings and paragraphs without editor markup", async ({ page }) => {
    const body = page.locator('.article__body');
    await expect(
      body.getByRole('heading', { level: 2, name: '중기부·경찰청, 치안분야 중소벤처기업 집중 육성' }),
    ).toBeVisible();
    await expect(body.getByRole('heading', { level: 3 })).toHaveText([
      '중소기업 치안분야 육성을 위한 업무협약 체결',
      '정책협의회의 개최와 상호 협력 강화',
      '과학치안 연구개발 성과 전시회',
      'MOU 체결식을 통한 더 나은 미래',
    ]);
    await expect(body.locator('[data-ke-size], [style]')).toHaveCount(0);
    await expect(body.getByRole('link', { name: 'https://newsdao.kr' })).toHaveCount(1);
  });
});

test('an article with a Korean URL and a markdown table renders', async ({ page }) => {
  await page.goto(KOREAN.articlePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한글 주소로 읽는 지역 경제 기사');
  await expect(page.locator('.article__header').getByRole('link', { name: '지역 경제' })).toHaveAttribute(
    'href',
    KOREAN.categoryPath,
  );
  await expect(page.locator('th[scope="col"]').first()).toHaveText('지역');
  await expect(page.locator('.source-attribution').getByRole('link')).toHaveAttribute(
    'href',
    'https://example.com/local-economy',
  );
});
