/**
 * The operators suite (e2e/operators/*.operators.ts): the e2e content built twice, once with every
 * operator setting on (fake IDs, e2e/operators/settings.ts) and once with none, each served by
 * `next start` on its own port with its own content and build folders, beside the other suites. The
 * build with none also has the fixture Jekyll site imported (imported-site.operators.ts).
 */
import { defineConfig } from '@playwright/test';

import { ALL_ON } from './e2e/operators/settings';
import baseConfig, { E2E_SITE_URL } from './playwright.config';

const ALL_ON_PORT = Number(process.env.E2E_OPERATORS_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 90);
const NONE_PORT = ALL_ON_PORT + 1;

function server(port: number, name: string, settings: Record<string, string>, importSite?: string) {
  const importStep = importSite ? ` && npm run --silent import:jekyll -- ${importSite}` : '';
  return {
    command: `node e2e/prepare-content.mjs${importStep} && npm run build && npm start -- --port ${port}`,
    url: `http://127.0.0.1:${port}/robots.txt`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe' as const,
    env: {
      CONTENT_DIR: `.next-e2e-operators-${name}-content-${port}`,
      NEXT_DIST_DIR: `.next-e2e-operators-${name}-${port}`,
      SITE_URL: E2E_SITE_URL,
      NEXT_TELEMETRY_DISABLED: '1',
      // The shell's own operator settings never leak into the build that must have none.
      ...Object.fromEntries(Object.keys(ALL_ON).map((name) => [name, ''])),
      ...settings,
    },
  };
}

export default defineConfig({
  ...baseConfig,
  testDir: 'e2e/operators',
  testMatch: '*.operators.ts',
  projects: [
    {
      name: 'every setting on',
      testMatch: 'all-on.operators.ts',
      use: { ...baseConfig.projects?.[0]?.use, baseURL: `http://127.0.0.1:${ALL_ON_PORT}` },
    },
    {
      name: 'no setting',
      testMatch: ['none.operators.ts', 'imported-site.operators.ts'],
      use: { ...baseConfig.projects?.[0]?.use, baseURL: `http://127.0.0.1:${NONE_PORT}` },
    },
  ],
  // The build with no setting also has a Jekyll site imported, as an operator moving one in would
  // (imported-site.operators.ts: the old site's own addresses under `next start`).
  webServer: [server(ALL_ON_PORT, 'all', ALL_ON), server(NONE_PORT, 'none', {}, 'e2e/fixtures/jekyll-site')],
});
