import { expect, KOREAN, SEED, test } from './support/test';

// Against `next start`: next.config.js sends these on every page (a static host sets its own).
for (const path of ['/', SEED.path, KOREAN.articlePath, '/no/such/page']) {
  test(`${decodeURIComponent(path)} is sent with the security headers`, async ({ request }) => {
    const response = await request.get(path);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    const directives = new Map(
      policy
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .map(([name = '', ...values]) => [name, values]),
    );
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    // Inline scripts are allowed only because prerendered pages carry Next's inline data (config/security-headers.js).
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy']).toContain('camera=()');
    expect(headers['x-powered-by']).toBeUndefined();
  });
}

test('pages work under the policy: no violation in the console, pictures load, links navigate', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(SEED.path);
  // The banner picture comes through the image optimiser (`/_next/image`), on the site's own origin.
  const picture = page.getByRole('img', { name: '뉴스다오 속보' });
  await expect
    .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await page.locator('.article__header').getByRole('link', { name: 'News', exact: true }).click();
  await expect(page).toHaveURL('/categories/news');
  await expect(page.getByRole('heading', { level: 1, name: 'News' })).toBeVisible();
  expect(violations).toEqual([]);
});

test('other sites cannot frame the pages', async ({ page }) => {
  const response = await page.request.get('/');
  expect(response.headers()['x-frame-options']).toBe('DENY');
});

test('a page the reader already holds is revalidated by its ETag: 304 and no body', async ({ request }) => {
  for (const path of ['/', SEED.path]) {
    const first = await request.get(path);
    const etag = first.headers()['etag'];
    expect(etag, path).toMatch(/^"[0-9a-z]+"$/);
    const again = await request.get(path, { headers: { 'If-None-Match': etag ?? '' } });
    expect(again.status(), path).toBe(304);
    expect(again.headers()['etag']).toBe(etag);
    expect(await again.body()).toHaveLength(0);
  }
});
