import { createRequire } from 'node:module';

import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);

type HeaderRule = { source: string; headers: { key: string; value: string }[] };
type Config = {
  headers: () => Promise<HeaderRule[]>;
  experimental?: { prefetchInlining?: boolean };
  cacheMaxMemorySize?: number;
};

// next-server's path matcher, as resolve-routes.js uses it for `headers()` sources.
const { getPathMatch } = require('next/dist/shared/lib/router/utils/path-match') as {
  getPathMatch: (
    source: string,
    options: { removeUnnamedParams: boolean; strict: boolean },
  ) => (path: string) => Record<string, unknown> | false;
};

function loadConfig(): Config {
  delete require.cache[require.resolve('../../next.config.js')];
  return require('../../next.config.js') as Config;
}

describe('next.config.js, what next start does per request', () => {
  test('the security headers match every path and yield no named params, so no value is recompiled', async () => {
    const rules = await loadConfig().headers();
    expect(rules).toHaveLength(1);
    const match = getPathMatch(rules[0]?.source ?? '', { removeUnnamedParams: true, strict: true });
    for (const path of [
      '/',
      '/articles/x',
      `/categories/${encodeURIComponent('경제')}/page/2`,
      '/feed.xml',
    ]) {
      expect(match(path)).toEqual({});
    }
    expect(rules[0]?.headers.map((header) => header.key)).toContain('Content-Security-Policy');
  });

  test('no prefetch-hint pass at build time (no link prefetches) and room for a hot set of pages', () => {
    const config = loadConfig();
    expect(config.experimental?.prefetchInlining).toBe(false);
    expect(config.cacheMaxMemorySize).toBeGreaterThanOrEqual(256 * 1024 * 1024);
  });
});
