/** No operator setting: no meta tag, no third-party script, no ad slot, the closed CSP, and no request off this server. */
import path from 'node:path';

import { expect, KOREAN, SEED, test } from '../support/test';
import {
  olderArticlePath,
  prerenderedArticles,
  strayTraces,
  tracedBodies,
  tracedFilesByRoute,
  tracedProjectFiles,
} from './prerender-mode';

const CLOSED_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  'frame-src https://www.youtube.com https://www.youtube-nocookie.com https://tv.naver.com https://tv.kakao.com https://play-tv.kakao.com',
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const PAGES = ['/', SEED.path, KOREAN.economyPath, '/search?q=경제'];

test('the CSP header is exactly as closed as without the feature', async ({ request }) => {
  for (const path of PAGES)
    expect((await request.get(path)).headers()['content-security-policy'], path).toBe(CLOSED_POLICY);
});

test('no verification meta tag, no third-party script, no ad slot', async ({ page }) => {
  await page.goto(SEED.path);
  await expect(
    page.locator(
      'meta[name="google-site-verification"], meta[name="naver-site-verification"], meta[name="msvalidate.01"]',
    ),
  ).toHaveCount(0);
  await expect(
    page.locator('#ga4-config, #ga4-gtag, #naver-analytics, #vercel-analytics, #adsense'),
  ).toHaveCount(0);
  await expect(page.locator('.ad-slot, ins.adsbygoogle')).toHaveCount(0);
  const foreignScripts = await page
    .locator('script[src]')
    .evaluateAll((scripts) =>
      scripts
        .map((script) => (script as HTMLScriptElement).src)
        .filter((src) => new URL(src).origin !== location.origin),
    );
  expect(foreignScripts).toEqual([]);
});

test('no request leaves this server on any kind of page, even after load and idle', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  await page.route(
    (url) => url.origin !== origin && url.protocol !== 'data:' && url.protocol !== 'blob:',
    async (route) => {
      foreign.push(route.request().url());
      await route.abort();
    },
  );
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(foreign).toEqual([]);
});

test('the defaults prerender every article of an archive this size, older ones included', async ({
  request,
  baseURL,
}) => {
  const prerendered = prerenderedArticles(baseURL ?? '', 'none');
  const older = await olderArticlePath(request);
  expect(prerendered.has(older)).toBe(true);
  expect(prerendered.size).toBeGreaterThan(5);
});

test('server routes do not ship the whole project: no tests, docs, scripts, README, search index or post sources traced into the server code', ({
  baseURL,
}) => {
  const byRoute = tracedFilesByRoute(baseURL ?? '', 'none');
  const traced = tracedProjectFiles(baseURL ?? '', 'none');
  // The OG route's fonts are there, read through literal paths the tracer follows.
  expect(traced).toContain(path.join('lib', 'og', 'fonts', 'NotoSansCJKkr-Bold-Hanja.otf'));
  const contentDir = `.next-e2e-operators-none-content-${new URL(baseURL ?? '').port}`;
  expect(strayTraces(traced, contentDir)).toEqual([]);
  // Every article is prerendered: no route needs the bodies, and routes that may render read the archive.
  expect(tracedBodies(traced)).toEqual([]);
  const archive = [...byRoute].filter(([, files]) => files.some((file) => file.endsWith('archive.json')));
  expect(archive.map(([route]) => route)).toContain('app/articles/[slug]/page.js.nft.json');
});
