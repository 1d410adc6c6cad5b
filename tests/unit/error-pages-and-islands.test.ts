import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';

import ErrorPage from '@/app/error';
import GlobalError from '@/app/global-error';

const props = { error: new Error('render failed'), reset: () => undefined };

describe('the error pages Next shows for a page that fails to render on request', () => {
  test('app/error.tsx says so in Korean, offers a retry and the front page, and is announced', () => {
    const markup = renderToStaticMarkup(createElement(ErrorPage, props));
    expect(markup).toContain('role="alert"');
    expect(markup).toContain('<h1>페이지를 표시하지 못했습니다</h1>');
    expect(markup).toContain('>다시 시도</button>');
    expect(markup).toContain('<a href="/">첫 화면으로</a>');
    expect(markup).not.toContain('render failed');
  });

  test('app/global-error.tsx is a whole Korean document of its own', () => {
    const markup = renderToStaticMarkup(createElement(GlobalError, props));
    expect(markup).toMatch(/^<html lang="ko">(<head><\/head>)?<body/);
    expect(markup).toContain('<h1>페이지를 표시하지 못했습니다</h1>');
    expect(markup).toContain('<a href="/">첫 화면으로</a>');
  });
});

/** Local modules a file imports, resolved as the project's `@/` alias and relative paths resolve. */
async function localImports(file: string): Promise<string[]> {
  const source = await readFile(file, 'utf8');
  const specifiers = [...source.matchAll(/^import\s[^;]*?from\s+'([^']+)'/gms)].map(
    (match) => match[1] ?? '',
  );
  const candidates = specifiers
    .filter((specifier) => specifier.startsWith('@/') || specifier.startsWith('.'))
    .map((specifier) =>
      specifier.startsWith('@/')
        ? path.resolve(specifier.slice(2))
        : path.resolve(path.dirname(file), specifier),
    );
  const resolved: string[] = [];
  for (const candidate of candidates) {
    for (const suffix of ['.tsx', '.ts', '/index.ts', '/index.tsx', '.js']) {
      const folder = path.dirname(candidate + suffix);
      const names = await readdir(folder).catch(() => [] as string[]);
      if (names.includes(path.basename(candidate + suffix))) {
        resolved.push(candidate + suffix);
        break;
      }
    }
  }
  return resolved;
}

/** Every `'use client'` module reachable from the route files, by path. */
async function clientModules(entries: string[]): Promise<string[]> {
  const seen = new Set<string>();
  const clients: string[] = [];
  const queue = entries.map((entry) => path.resolve(entry));
  while (queue.length > 0) {
    const file = queue.pop() ?? '';
    if (seen.has(file)) continue;
    seen.add(file);
    const source = await readFile(file, 'utf8');
    if (/^\s*['"]use client['"]/.test(source)) clients.push(path.relative(process.cwd(), file));
    else queue.push(...(await localImports(file)));
  }
  return clients.sort();
}

test('the share button is the only client component of an article page that runs by default', async () => {
  // AdSenseUnit and NaverAnalytics render only when an operator sets their ids (NEWSDAO_AD_SLOT_ARTICLE,
  // the Naver Analytics id); ArticleAdSlot and the layout return null for them otherwise.
  expect(await clientModules(['app/layout.tsx', 'app/articles/[slug]/page.tsx'])).toEqual([
    'components/AdSenseUnit.tsx',
    'components/NaverAnalytics.tsx',
    'components/ShareButton.tsx',
  ]);
});
