import { createRequire } from 'node:module';

import { describe, expect, test } from 'vitest';

const require = createRequire(import.meta.url);

type HeaderRule = { source: string; headers: { key: string; value: string }[] };
type Config = {
  headers: () => Promise<HeaderRule[]>;
  experimental?: { prefetchInlining?: boolean };
  cacheMaxMemorySize?: number;
  generateEtags?: boolean;
};

// next-server's path matcher, as resolve-routes.js uses it for `headers()` sources.
const { getPathMatch } = require('next/dist/shared/lib/router/utils/path-match') as {
  getPathMatch: (
    source: string,
    options: { removeUnnamedParams: boolean; strict: boolean },
  ) => (path: string) => Record<string, unknown> | false;
};

// What next start does with a page it answers from the cache or has just rendered (send-payload.js).
const { sendRenderResult } = require('next/dist/server/send-payload') as {
  sendRenderResult: (options: {
    req: { method: string; headers: Record<string, string | undefined> };
    res: FakeResponse;
    result: unknown;
    generateEtags: boolean;
    poweredByHeader: boolean;
  }) => Promise<void>;
};
const RenderResult = (
  require('next/dist/server/render-result') as {
    default: { fromStatic: (value: string, contentType: string) => unknown };
  }
).default;
const { defaultConfig } = require('next/dist/server/config-shared') as {
  defaultConfig: { generateEtags: boolean };
};

type FakeResponse = {
  statusCode: number;
  headers: Map<string, string>;
  body: string | undefined;
  finished: boolean;
  headersSent: boolean;
  setHeader: (name: string, value: string) => void;
  getHeader: (name: string) => string | undefined;
  end: (body?: string | null) => void;
};

function fakeResponse(): FakeResponse {
  const response: FakeResponse = {
    statusCode: 200,
    headers: new Map(),
    body: undefined,
    finished: false,
    headersSent: false,
    setHeader: (name, value) => void response.headers.set(name.toLowerCase(), String(value)),
    getHeader: (name) => response.headers.get(name.toLowerCase()),
    end: (body) => {
      response.body = body ?? '';
      response.finished = true;
    },
  };
  return response;
}

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

  test('pages keep their ETag, so a reader or cache revalidating a page it holds gets a 304, not the page again', async () => {
    // The ETag is the only validator next start sends (no Last-Modified): without it every revalidation
    // of a cached article is a full 200. docs/performance.md has its cost per request (about 0.1 ms).
    const generateEtags = loadConfig().generateEtags ?? defaultConfig.generateEtags;
    expect(generateEtags).toBe(true);
    const html = '<!DOCTYPE html><html lang="ko"><body><h1>기사</h1></body></html>';
    const send = async (headers: Record<string, string | undefined>) => {
      const res = fakeResponse();
      await sendRenderResult({
        req: { method: 'GET', headers },
        res,
        result: RenderResult.fromStatic(html, 'text/html; charset=utf-8'),
        generateEtags,
        poweredByHeader: false,
      });
      return res;
    };
    const first = await send({});
    const etag = first.headers.get('etag');
    expect(first.statusCode).toBe(200);
    expect(first.body).toBe(html);
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    const again = await send({ 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await send({ 'if-none-match': '"an-older-version"' })).statusCode).toBe(200);
  });
});
