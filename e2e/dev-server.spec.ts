import { spawn, type ChildProcess } from 'node:child_process';

import { expect, test } from '@playwright/test';

import { E2E_CONTENT_DIR, E2E_DIST_DIR } from '../playwright.config';
import { KOREAN } from './support/test';

// `next dev` resolves Korean params differently from a production build; editors preview with it.
const PORT = Number(process.env.E2E_PORT ?? 3100) + 50;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial', timeout: 180_000 });

test.beforeAll(async () => {
  // The first compile of `next dev` can take minutes on a loaded 2-core machine; the loop below bounds it.
  test.setTimeout(150_000);
  server = spawn('npx', ['next', 'dev', '--port', String(PORT), '--hostname', '127.0.0.1'], {
    env: {
      ...process.env,
      CONTENT_DIR: E2E_CONTENT_DIR,
      NEXT_DIST_DIR: `${E2E_DIST_DIR}-dev`,
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const ready = await fetch(`${BASE}/robots.txt`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('next dev did not start within 120 s');
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
});

test('next dev serves Korean category and article URLs', async ({ request }) => {
  for (const [path, heading] of [
    [KOREAN.economyPath, '경제'],
    [KOREAN.categoryPath, '지역 경제'],
    [KOREAN.articlePath, '한글 주소로 읽는 지역 경제 기사'],
  ] as const) {
    const response = await request.get(`${BASE}${path}`, { timeout: 90_000 });
    expect(response.status(), path).toBe(200);
    expect(await response.text()).toContain(`>${heading}</h1>`);
  }
  expect(
    (
      await request.get(`${BASE}/categories/${encodeURIComponent('없는-카테고리')}`, { timeout: 90_000 })
    ).status(),
  ).toBe(404);
});
