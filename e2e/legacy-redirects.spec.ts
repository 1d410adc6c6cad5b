import { expect, KOREAN, SEED, test } from './support/test';

// Against `next start`: proxy.ts answers old Jekyll addresses of every article from the build's map.
const REGIONAL = encodeURIComponent('지역 경제');
const KOREAN_TITLE = encodeURIComponent('한글-주소-기사');

const OLD_ADDRESSES: [string, string, string][] = [
  ['Jekyll default form', '/news/2023/09/18/police-sme-security-industry.html', SEED.path],
  ['default form without .html', '/news/2023/09/18/police-sme-security-industry', SEED.path],
  ['pretty form, trailing slash', '/news/2023/09/18/police-sme-security-industry/', SEED.path],
  ['Korean category and title', `/${REGIONAL}/2024/02/01/${KOREAN_TITLE}.html`, KOREAN.articlePath],
  ['Korean, pretty', `/${REGIONAL}/2024/02/01/${KOREAN_TITLE}/`, KOREAN.articlePath],
  // Shaped like an article's address, so the article page answers it, not proxy.ts.
  [
    "redirect_from with an article's shape",
    `/articles/${encodeURIComponent('한글-옛-주소')}`,
    KOREAN.articlePath,
  ],
  ['the same, with a trailing slash', `/articles/${encodeURIComponent('한글-옛-주소')}/`, KOREAN.articlePath],
];

for (const [form, oldPath, target] of OLD_ADDRESSES) {
  test(`old address (${form}) answers a permanent redirect to the article`, async ({ request }) => {
    const response = await request.get(oldPath, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(target);
  });
}

test('a reader following an old link lands on the article', async ({ page }) => {
  await page.goto(`/${REGIONAL}/2024/02/01/${KOREAN_TITLE}/`);
  await expect(page).toHaveURL(KOREAN.articlePath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한글 주소로 읽는 지역 경제 기사');
});

test('any other address with a trailing slash answers one redirect to the address without it', async ({
  request,
}) => {
  const response = await request.get(`/categories/${encodeURIComponent('경제')}/`, { maxRedirects: 0 });
  expect(response.status()).toBe(308);
  expect(new URL(response.headers().location ?? '', 'http://x').pathname).toBe(KOREAN.economyPath);
});

test('an address no article ever had still answers 404', async ({ request }) => {
  expect((await request.get('/news/2023/09/18/no-such-post.html', { maxRedirects: 0 })).status()).toBe(404);
  expect((await request.get('/articles/no-such-article', { maxRedirects: 0 })).status()).toBe(404);
});
