import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

import { STATIC_EXPORT_DIR } from '../../playwright.static.config';
import { expect, test } from '../support/test';

const PYTHON_PORT = Number(process.env.E2E_STATIC_PYTHON_PORT ?? 3099);
let server: ChildProcess | undefined;

// After http.server's folder redirect, Chromium also asks for /favicon.ico (the site's icon is /icon.svg).
test.use({ expectedConsole: [/status of 404 \(File not found\)/] });

test.beforeAll(async () => {
  server = spawn(
    'python3',
    ['-m', 'http.server', String(PYTHON_PORT), '--bind', '127.0.0.1', '--directory', STATIC_EXPORT_DIR],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // http.server prints its first request line on stderr only once it is up; poll instead.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const up = await fetch(`http://127.0.0.1:${PYTHON_PORT}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('python3 -m http.server did not start');
});

test.afterAll(async () => {
  if (!server) return;
  server.kill();
  await once(server, 'exit');
});

test('python3 -m http.server serves Korean article and category URLs from the export', async ({ page }) => {
  const base = `http://127.0.0.1:${PYTHON_PORT}`;
  await page.goto(`${base}/articles/${encodeURIComponent('2024-02-01-한글-주소-기사')}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('한글 주소로 읽는 지역 경제 기사');
  await page.goto(`${base}/categories/${encodeURIComponent('경제')}/page/2`);
  await expect(page.locator('.article-list > li').last()).toContainText('경제 브리핑 1호');
  await page.goto(`${base}/2015/03/hello-jekyll/`);
  // http.server answers a folder with a trailing-slash redirect; the page is the same.
  await expect(page).toHaveURL(/\/articles\/2015-03-02-hello-jekyll\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('옛 블로그의 첫 글');
});
