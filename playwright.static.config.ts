/**
 * The reader e2e tests again, against the static export (`STATIC_EXPORT=1 npm run build`) served as
 * plain files by scripts/serve-static.mjs, plus the export's own checks (e2e/static-export/*.static.ts).
 * The e2e content gets a Jekyll site imported into it, so old addresses can be followed.
 */
import { defineConfig } from '@playwright/test';

import baseConfig, { E2E_SITE_URL } from './playwright.config';

const PORT = Number(process.env.E2E_STATIC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 50);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const SUFFIX = `-${PORT}`;
export const STATIC_CONTENT_DIR = `.next-e2e-static-content${SUFFIX}`;
export const STATIC_EXPORT_DIR = `.next-e2e-static${SUFFIX}`;
export const STATIC_REPOSITORY_URL = 'https://github.com/newsdao/newsdao.github.io';
/** A second, one-article export: most dynamic routes have nothing to list there (e2e/static-export/one-article.static.ts). */
export const ONE_ARTICLE_PORT = PORT + 1;
const ONE_ARTICLE_CONTENT_DIR = `.next-e2e-one-article-content${SUFFIX}`;
const ONE_ARTICLE_EXPORT_DIR = `.next-e2e-one-article${SUFFIX}`;

export default defineConfig({
  ...baseConfig,
  testMatch: [
    'home.spec.ts',
    'article.spec.ts',
    'categories.spec.ts',
    'layout.spec.ts',
    'not-found.spec.ts',
    'static-export/*.static.ts',
  ],
  use: { ...baseConfig.use, baseURL: BASE_URL },
  webServer: [
    {
      command: [
        'node e2e/prepare-content.mjs',
        'npm run --silent import:jekyll -- e2e/fixtures/jekyll-site',
        'npm run build',
        `node scripts/serve-static.mjs ${STATIC_EXPORT_DIR} --port ${PORT}`,
      ].join(' && '),
      url: `${BASE_URL}/robots.txt`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      env: {
        CONTENT_DIR: STATIC_CONTENT_DIR,
        STATIC_EXPORT: '1',
        STATIC_EXPORT_DIR,
        // The check's content cache lives under NEXT_DIST_DIR: keep it out of the published folder.
        NEXT_DIST_DIR: `.next-e2e-static-build${SUFFIX}`,
        SITE_URL: E2E_SITE_URL,
        NEWSDAO_REPOSITORY_URL: STATIC_REPOSITORY_URL,
        NEWSDAO_CONTENT_PATH: 'content',
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
    {
      // The repository's own one article (the real post of tests/unit/fixtures), as an export.
      command: [
        `node e2e/static-export/prepare-one-article.mjs ${ONE_ARTICLE_CONTENT_DIR}`,
        'npm run build',
        `node scripts/serve-static.mjs ${ONE_ARTICLE_EXPORT_DIR} --port ${ONE_ARTICLE_PORT}`,
      ].join(' && '),
      url: `http://127.0.0.1:${ONE_ARTICLE_PORT}/robots.txt`,
      timeout: 600_000,
      reuseExistingServer: !process.env.CI,
      stdout: 'pipe',
      env: {
        CONTENT_DIR: ONE_ARTICLE_CONTENT_DIR,
        STATIC_EXPORT: '1',
        STATIC_EXPORT_DIR: ONE_ARTICLE_EXPORT_DIR,
        NEXT_DIST_DIR: `.next-e2e-one-article-build${SUFFIX}`,
        SITE_URL: E2E_SITE_URL,
        NEXT_TELEMETRY_DISABLED: '1',
      },
    },
  ],
});
