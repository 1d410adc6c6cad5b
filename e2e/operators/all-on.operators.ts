/**
 * Every operator setting on (fake IDs, settings.ts): the portals' meta tags, each provider's script
 * after the page has loaded and in a fixed order, the CSP header widened by exactly their hosts, and
 * ad slots that keep their space. Provider requests are answered here, never sent.
 */
import type { Page, Request } from '@playwright/test';

import { operatorSettingsFrom } from '../../config/operator-settings';
import { contentSecurityPolicy } from '../../config/security-headers';
import { expect, SEED, test } from '../support/test';
import { olderArticlePath, prerenderedArticles, tracedBodies, tracedFilesByRoute } from './prerender-mode';
import { ALL_ON, PROVIDER_STUBS } from './settings';

type Answered = { url: URL; afterLoad: boolean };

/** Answers every request that is not this server's with the provider's stub; records each, and when. */
async function answerProviders(page: Page, origin: string): Promise<Answered[]> {
  const answered: Answered[] = [];
  let loaded = false;
  page.on('load', () => (loaded = true));
  await page.route(
    (url) =>
      (url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:') ||
      url.pathname.startsWith('/_vercel/'),
    async (route, request: Request) => {
      const url = new URL(request.url());
      answered.push({ url, afterLoad: loaded });
      const stub = PROVIDER_STUBS.find((candidate) => candidate.match(url));
      await route.fulfill(
        stub ? { status: 200, contentType: 'text/javascript', body: stub.body } : { status: 204, body: '' },
      );
    },
  );
  return answered;
}

test('the portals’ verification meta tags are in the head', async ({ page, baseURL }) => {
  await answerProviders(page, new URL(baseURL!).origin);
  await page.goto('/');
  const content = (name: string) => page.locator(`head meta[name="${name}"]`).getAttribute('content');
  expect(await content('google-site-verification')).toBe(ALL_ON.GOOGLE_SITE_VERIFICATION);
  expect(await content('naver-site-verification')).toBe(ALL_ON.NAVER_SITE_VERIFICATION);
  expect(await content('msvalidate.01')).toBe(ALL_ON.BING_SITE_VERIFICATION);
});

test('the CSP header is widened by exactly the providers’ hosts', async ({ request }) => {
  const policy = (await request.get(SEED.path)).headers()['content-security-policy'];
  expect(policy).toBe(contentSecurityPolicy(operatorSettingsFrom(ALL_ON)));
  expect(policy).toContain(
    "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval' https://*.googletagmanager.com https://wcs.naver.net https://pagead2.googlesyndication.com",
  );
});

test('no provider script is in the served HTML, not even as a preload: the browser adds them after load', async ({
  request,
}) => {
  const html = await (await request.get('/')).text();
  const head = html.slice(0, html.indexOf('<body'));
  for (const host of [
    'googletagmanager.com',
    'wcs.naver.net',
    'googlesyndication.com',
    '/_vercel/insights',
  ]) {
    expect(head, host).not.toContain(host);
    expect(html, host).not.toMatch(new RegExp(`<script[^>]+src="[^"]*${host.replace(/\./g, '\\.')}`));
  }
});

test('each provider’s script loads after the page has loaded, in a fixed order, under the policy', async ({
  page,
  baseURL,
}) => {
  const answered = await answerProviders(page, new URL(baseURL!).origin);
  await page.goto('/');
  await expect
    .poll(() => page.evaluate(() => (window as { __adsenseLoaded?: boolean }).__adsenseLoaded))
    .toBe(true);
  const scripts = await page
    .locator('script[id]')
    .evaluateAll((elements) =>
      elements.map((element) => element.id).filter((id) => /^(ga4|naver|vercel|adsense)/.test(id)),
    );
  expect(scripts).toEqual([
    'ga4-config',
    'ga4-gtag',
    'naver-analytics',
    'vercel-analytics-queue',
    'vercel-analytics',
    'adsense',
  ]);
  const requested = answered.map(({ url }) => `${url.hostname}${url.pathname}`);
  expect(requested).toEqual(
    expect.arrayContaining([
      'www.googletagmanager.com/gtag/js',
      'wcs.naver.net/wcslog.js',
      '127.0.0.1/_vercel/insights/script.js',
      'pagead2.googlesyndication.com/pagead/js/adsbygoogle.js',
    ]),
  );
  expect(answered.filter((request) => !request.afterLoad).map(({ url }) => url.href)).toEqual([]);
  // Each script got what it reads: GA4 its config, Naver its site ID and a page view, AdSense its client.
  const state = await page.evaluate(() => {
    const w = window as unknown as {
      dataLayer?: unknown[][];
      wcs_add?: Record<string, string>;
      __wcsPageViews?: number;
    };
    return {
      config: w.dataLayer?.find((entry) => entry[0] === 'config')?.[1],
      wa: w.wcs_add?.wa,
      views: w.__wcsPageViews,
    };
  });
  expect(state).toEqual({ config: ALL_ON.NEWSDAO_GA4_ID, wa: ALL_ON.NEWSDAO_NAVER_ANALYTICS_ID, views: 1 });
  const adsense = answered.find(({ url }) => url.hostname === 'pagead2.googlesyndication.com');
  expect(adsense?.url.searchParams.get('client')).toBe(ALL_ON.NEWSDAO_ADSENSE_CLIENT);
});

test('Naver Analytics counts a page view for each page reached by a link', async ({ page, baseURL }) => {
  await answerProviders(page, new URL(baseURL!).origin);
  await page.goto('/');
  const views = () => page.evaluate(() => (window as { __wcsPageViews?: number }).__wcsPageViews);
  await expect.poll(views).toBe(1);
  // The lead story's headline: the ticker's links move, and the front page has no plain list.
  await page.locator('.lead-story a[href^="/articles/"]').first().click();
  await expect(page).toHaveURL(/\/articles\//);
  await expect.poll(views).toBe(2);
});

/** The sum of layout shifts so far, as the browser measured them (CLS without the session windows). */
function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
            total += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );
}

for (const [where, path, placement, slot, height] of [
  ['after the article body', SEED.path, 'article', ALL_ON.NEWSDAO_AD_SLOT_ARTICLE, 280],
  ['in the listing', '/', 'listing', ALL_ON.NEWSDAO_AD_SLOT_LISTING, 100],
] as const) {
  test(`the ad slot ${where} is labelled, queued and keeps its height: nothing shifts`, async ({
    page,
    baseURL,
  }) => {
    await answerProviders(page, new URL(baseURL!).origin);
    await page.goto(path);
    const slotBox = page.locator(`.ad-slot--${placement}`);
    await expect(slotBox).toHaveCount(1);
    await expect(slotBox.getByText('광고', { exact: true })).toBeVisible();
    const unit = slotBox.locator('ins.adsbygoogle');
    await expect(unit).toHaveAttribute('data-ad-client', ALL_ON.NEWSDAO_ADSENSE_CLIENT);
    await expect(unit).toHaveAttribute('data-ad-slot', slot);
    expect((await unit.boundingBox())?.height).toBe(height);
    await expect
      .poll(() => page.evaluate(() => (window as { adsbygoogle?: unknown[] }).adsbygoogle?.length))
      .toBe(1);
    if (placement === 'article') {
      const [body, ad] = await Promise.all([
        page.locator('.article__body').boundingBox(),
        slotBox.boundingBox(),
      ]);
      expect(ad!.y).toBeGreaterThanOrEqual(body!.y + body!.height);
    }
    // An ad unit filling its box (as AdSense does) moves nothing below it.
    await unit.evaluate((element) =>
      element.append(Object.assign(document.createElement('div'), { style: 'height:600px' })),
    );
    expect(await layoutShift(page)).toBe(0);
  });
}

test('large-archive mode: an article past the newest five was not built, renders on its first request, then comes from the cache', async ({
  request,
  baseURL,
}) => {
  const prerendered = prerenderedArticles(baseURL ?? '', 'all');
  expect(prerendered.size).toBe(5);
  const older = await olderArticlePath(request);
  expect(prerendered.has(older)).toBe(false);
  const first = await request.get(older);
  expect(first.status()).toBe(200);
  const title = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await first.text())?.[1];
  expect(title).toBeTruthy();
  const second = await request.get(older);
  expect(second.headers()['x-nextjs-cache']).toBe('HIT');
  expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await second.text())?.[1]).toBe(title);
});

test('large-archive mode: only the article route ships the stored bodies; every listing and tag route the archive', ({
  baseURL,
}) => {
  const byRoute = tracedFilesByRoute(baseURL ?? '', 'all');
  const withBodies = [...byRoute]
    .filter(([, files]) => tracedBodies(files).length > 0)
    .map(([route]) => route);
  expect(withBodies).toEqual(['app/articles/[slug]/page.js.nft.json']);
  for (const route of [
    'app/page/[page]/page.js.nft.json',
    'app/categories/[category]/page/[page]/page.js.nft.json',
    'app/tags/[tag]/page/[page]/page.js.nft.json',
    'app/reporters/[reporter]/page/[page]/page.js.nft.json',
  ])
    expect(
      byRoute.get(route)?.some((file) => file.endsWith('archive.json')),
      route,
    ).toBe(true);
});
