import { existsSync } from 'node:fs';

import { chromium, defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;
// A non-default port gets its own build and content folders, so several suites can run side by side.
const FOLDER_SUFFIX = process.env.E2E_PORT ? `-${PORT}` : '';
export const E2E_CONTENT_DIR = `.next-e2e-content${FOLDER_SUFFIX}`;
export const E2E_DIST_DIR = `.next-e2e${FOLDER_SUFFIX}`;
export const E2E_SITE_URL = 'https://e2e.newsdao.test';

/**
 * Playwright's own Chromium where it is installed (a laptop, GitHub's runners); otherwise the
 * system's Chromium (Debian's `chromium` package), as on machines that cannot download browsers.
 */
function chromiumExecutable(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    existsSync,
  );
  if (!system)
    throw new Error(
      "No Chromium found: run `npx playwright install chromium` or install Debian's `chromium`.",
    );
  return system;
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: BASE_URL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      // A closed network refuses Chromium's background services; keep it from trying.
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    // The production build of the e2e content (content/ plus e2e/fixtures/posts), served by `next start`.
    command: `node e2e/prepare-content.mjs && npm run build && npm start -- --port ${PORT}`,
    url: `${BASE_URL}/robots.txt`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      CONTENT_DIR: E2E_CONTENT_DIR,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      SITE_URL: E2E_SITE_URL,
      NEXT_TELEMETRY_DISABLED: '1',
    },
  },
});
