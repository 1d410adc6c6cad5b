import { E2E_SITE_URL } from '../../playwright.config';
import { expect, test } from '../support/test';

// The imported fixture site (e2e/fixtures/jekyll-site) sets baseurl /blog and permalink /:year/:month/:title/.
const HELLO = '/articles/2015-03-02-hello-jekyll';
const KOREAN = `/articles/${encodeURIComponent('2016-07-15-한글-제목-글')}`;

const OLD_ADDRESSES: [string, string][] = [
  ['Jekyll default form', `/${encodeURIComponent('공지')}/2015/03/02/hello-jekyll.html`],
  ['pretty form, trailing slash', `/${encodeURIComponent('공지')}/2015/03/02/hello-jekyll/`],
  ["_config.yml's permalink", '/2015/03/hello-jekyll/'],
  ['old baseurl in front', '/blog/2015/03/hello-jekyll/'],
  ['redirect_from', '/old/hello.html'],
  ['default form of a post in the seed content', '/news/2023/09/18/police-sme-security-industry.html'],
];

for (const [form, oldPath] of OLD_ADDRESSES) {
  test(`old address (${form}) ${decodeURIComponent(oldPath)} leads to the article and names it canonical`, async ({
    page,
    request,
  }) => {
    const target = oldPath.startsWith('/news/') ? '/articles/2023-09-18-police-sme-security-industry' : HELLO;
    const html = await (await request.get(oldPath)).text();
    expect(html).toContain(`<link rel="canonical" href="${E2E_SITE_URL}${target}">`);
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    await page.goto(oldPath);
    await expect(page).toHaveURL(target);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}

test("a post's own permalink, with a Korean file name, leads to its article", async ({ page }) => {
  await page.goto('/notes/korean-post/');
  await expect(page).toHaveURL(KOREAN);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한글 파일 이름으로 쓴 옛 글');
});

test('the imported picture is served as a plain file, not through an image optimiser', async ({ page }) => {
  await page.goto(HELLO);
  const picture = page.locator('img[src="/assets/fixture-jekyll/photo.png"]').first();
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(4);
  await expect(page.locator('img[src*="/_next/image"]')).toHaveCount(0);
});

// The fixture site's own addresses (issue 13, migration 4): feed readers ignore meta refresh, so the old
// feed addresses hold a copy of our feed; the other pages are redirect pages, and /search/ is our own.
for (const feed of ['/atom.xml', '/rss.xml', '/blog/atom.xml', '/blog/rss.xml']) {
  test(`the old feed address ${feed} serves a copy of our feed`, async ({ request }) => {
    const [old, ours] = await Promise.all([request.get(feed), request.get('/feed.xml')]);
    expect(old.status()).toBe(200);
    expect(await old.text()).toBe(await ours.text());
  });
}

const OLD_SITE_PAGES: [string, string][] = [
  ['/blog/page2/', '/page/2'],
  ['/page2/', '/page/2'],
  ['/blog/', '/'],
  ['/blog/search/', '/search'],
];
for (const [oldPath, target] of OLD_SITE_PAGES) {
  test(`the old site's ${oldPath} is a redirect page to ${target}`, async ({ page, request }) => {
    const html = await (await request.get(oldPath)).text();
    expect(html).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    expect(html).toContain(`<link rel="canonical" href="${E2E_SITE_URL}${target}">`);
    await page.goto(oldPath);
    await expect(page).toHaveURL(target);
  });
}

test('the old /search/ is our own search page in the export', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toBeVisible();
});
