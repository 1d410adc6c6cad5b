/**
 * The hostile-posts suite (e2e/hostile/*.hostile.ts): one production build of the unit tests' Jekyll
 * fixture archive plus one post per XSS vector (e2e/hostile/hostile-posts.ts), visited in Chromium.
 * Its own port, content and build folders, so it runs beside the other suites.
 */
import path from 'node:path';

import { defineConfig } from '@playwright/test';

import baseConfig, { E2E_SITE_URL } from './playwright.config';

const PORT = Number(process.env.E2E_HOSTILE_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 70);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SUFFIX = `-${PORT}`;
// Every fetch off this machine by the build or the server, written by e2e/hostile/no-network.mjs; the
// specs read the same variable (this file is loaded by the test workers too).
const NETWORK_LOG = path.resolve(`.next-e2e-hostile-network${SUFFIX}.log`);
process.env.NEWSDAO_NETWORK_LOG = NETWORK_LOG;

export default defineConfig({
  ...baseConfig,
  testDir: 'e2e/hostile',
  testMatch: '*.hostile.ts',
  use: { ...baseConfig.use, baseURL: BASE_URL },
  webServer: {
    command: `npx tsx e2e/hostile/prepare-content.mts && npm run build && npm start -- --port ${PORT}`,
    url: `${BASE_URL}/robots.txt`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      CONTENT_DIR: `.next-e2e-hostile-content${SUFFIX}`,
      NEXT_DIST_DIR: `.next-e2e-hostile${SUFFIX}`,
      SITE_URL: E2E_SITE_URL,
      NEXT_TELEMETRY_DISABLED: '1',
      NEWSDAO_NETWORK_LOG: NETWORK_LOG,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${path.resolve('e2e/hostile/no-network.mjs')}`]
        .filter(Boolean)
        .join(' '),
    },
  },
});
