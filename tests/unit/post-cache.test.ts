import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { buildArchive } from '@/lib/content/archive';
import {
  cachedTreeLoader,
  isPostResult,
  lighten,
  manifestMatchesFolder,
  postKey,
  publishForServer,
  readableCacheDirectory,
  readCachedResult,
  readManifest,
  removeUnusedEntries,
  revive,
  serialise,
  writeCachedResult,
  writeManifest,
} from '@/lib/content/post-cache';

import { check, post } from './support/posts';

const source = post(
  ['title: 캐시 기사', 'date: 2024-03-05 09:30', 'categories: [경제]', 'feature_text: "## 속보"'],
  '본문 **굵게** 입니다.\n\n| 가 | 나 |\n|---|---|\n| 1 | 2 |',
);

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'newsdao-cache-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('serialise and revive', () => {
  test('an article survives the round trip with its dates as Dates and its trees intact', () => {
    const result = check(source);
    const back = revive(serialise(result));
    expect(isPostResult(back)).toBe(true);
    if (!isPostResult(back) || !back.article || !result.article) throw new Error('no article');
    expect(back.article.date).toBeInstanceOf(Date);
    expect(back.article.date.getTime()).toBe(result.article.date.getTime());
    expect(JSON.stringify(back.article.body)).toBe(serialise(result.article.body));
    expect(back.article.title).toBe('캐시 기사');
  });

  test('fields it does not know about are kept, so new Article fields need no cache change', () => {
    const back = revive(
      serialise({ slug: 'a', published: new Date('2024-01-01T00:00:00Z'), tags: ['가'], extra: { deep: 1 } }),
    );
    expect(back).toEqual({
      slug: 'a',
      published: new Date('2024-01-01T00:00:00Z'),
      tags: ['가'],
      extra: { deep: 1 },
    });
  });

  test('source positions are dropped: nothing reads them and they triple the entry', () => {
    const result = check(source);
    expect(serialise(result.article?.body)).not.toContain('"position"');
  });
});

describe('cache entries', () => {
  test('the key changes with the renderer, the path and the text, and only with them', () => {
    const key = postKey('v1', 'a.md', 'text');
    expect(postKey('v1', 'a.md', 'text')).toBe(key);
    expect(postKey('v2', 'a.md', 'text')).not.toBe(key);
    expect(postKey('v1', 'b.md', 'text')).not.toBe(key);
    expect(postKey('v1', 'a.md', 'text!')).not.toBe(key);
  });

  test('a stored result reads back; a missing or damaged entry reads as a miss, to be rendered again', () => {
    writeCachedResult(directory, 'k1', check(source));
    expect(readCachedResult(directory, 'k1')?.article?.title).toBe('캐시 기사');
    expect(readCachedResult(directory, 'nothing')).toBeUndefined();
    writeFileSync(
      path.join(directory, 'posts', 'k2.json.gz'),
      gzipSync('{"article": {"slug": 1}, "problems": []}'),
    );
    writeFileSync(path.join(directory, 'posts', 'k3.json.gz'), 'not compressed');
    expect(readCachedResult(directory, 'k2')).toBeUndefined();
    expect(readCachedResult(directory, 'k3')).toBeUndefined();
  });

  test('entries no post uses any more are removed', () => {
    writeCachedResult(directory, 'keep', check(source));
    writeCachedResult(directory, 'old', check(source));
    expect(removeUnusedEntries(directory, new Set(['keep']))).toBe(1);
    expect(readdirSync(path.join(directory, 'posts'))).toEqual(['keep.json.gz']);
  });
});

describe('light results', () => {
  test('trees are read from the entry only when a page uses them, and writing the light result back reads none', () => {
    const result = check(source);
    writeCachedResult(directory, 'k', result);
    const loadTree = vi.fn(cachedTreeLoader(directory));
    const light = lighten(result, 'k', loadTree);
    expect(serialise(light)).toContain('"$lazy":"k"');
    expect(loadTree).not.toHaveBeenCalled();
    expect(light.article?.excerpt).toBe(result.article?.excerpt);
    expect(serialise(light.article?.body)).toBe(serialise(result.article?.body));
    expect(serialise(light.article?.featureText)).toBe(serialise(result.article?.featureText));
    expect(loadTree).toHaveBeenCalledTimes(2);
  });
});

describe('manifest', () => {
  test('the archive built from the manifest matches the one built from the posts', () => {
    const content = path.join(directory, 'content');
    const files = [
      { relativePath: '2024-01-01-a.md', source: post(['title: 가', 'categories: [경제]'], '첫 본문') },
      {
        relativePath: '2024-02-01-b.md',
        source: post(['title: 나', 'categories: [경제, 사회]'], '둘째 본문'),
      },
    ];
    const loadTree = cachedTreeLoader(directory);
    const posts = files.map((file, index) => {
      const result = check(file.source, file.relativePath);
      writeCachedResult(directory, `k${index}`, result);
      return {
        entry: { relativePath: file.relativePath, key: `k${index}`, size: 1, mtimeMs: 1 },
        result: lighten(result, `k${index}`, loadTree),
      };
    });
    writeManifest(directory, content, posts);
    const manifest = readManifest(directory, cachedTreeLoader(directory));
    if (!manifest) throw new Error('no manifest');
    const fromCache = buildArchive(
      manifest.entries.map((entry) => ({ relativePath: entry.relativePath, source: '' })),
      (file) =>
        manifest.results[manifest.entries.findIndex((entry) => entry.relativePath === file.relativePath)] ?? {
          article: undefined,
          problems: [],
        },
    );
    const direct = buildArchive(files);
    expect(fromCache.articles.map((article) => article.slug)).toEqual(
      direct.articles.map((article) => article.slug),
    );
    expect(fromCache.categories).toEqual(direct.categories);
    expect(serialise(fromCache.bySlug.get('2024-01-01-a')?.body)).toBe(
      serialise(direct.bySlug.get('2024-01-01-a')?.body),
    );
  });

  test('an edited, added or removed post makes the manifest stale', () => {
    const content = path.join(directory, 'content');
    const file = path.join(directory, 'a.md');
    writeFileSync(file, 'x');
    utimesSync(file, 1_000, 1_000);
    const manifest = {
      format: 1,
      contentDirectory: directory,
      entries: [{ relativePath: 'a.md', key: 'k', size: 1, mtimeMs: 1_000_000 }],
      results: [],
    };
    expect(manifestMatchesFolder(manifest, ['a.md'], directory)).toBe(true);
    expect(manifestMatchesFolder(manifest, ['a.md', 'b.md'], directory)).toBe(false);
    expect(manifestMatchesFolder(manifest, ['a.md'], content)).toBe(false);
    writeFileSync(file, 'xy');
    expect(manifestMatchesFolder(manifest, ['a.md'], directory)).toBe(false);
  });
});

describe('the copy that ships with the server', () => {
  const distDir = '.next-unit-post-cache';
  const shipped = path.resolve('.newsdao-content', 'next-unit-post-cache');
  beforeEach(() => vi.stubEnv('NEXT_DIST_DIR', distDir));
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(shipped, { recursive: true, force: true });
  });

  test('holds the manifest always and the entries only in large-archive mode, and the server reads it', () => {
    writeCachedResult(directory, 'k', check(source));
    writeManifest(directory, directory, []);
    publishForServer(directory, new Set(['k']), false);
    expect(existsSync(path.join(shipped, 'manifest.json'))).toBe(true);
    expect(readdirSync(path.join(shipped, 'posts'))).toEqual([]);
    publishForServer(directory, new Set(['k']), true);
    expect(readCachedResult(shipped, 'k')?.article?.title).toBe('캐시 기사');
    expect(readableCacheDirectory()).toBe(shipped);
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    expect(readableCacheDirectory()).toBe(path.resolve(distDir, 'cache', 'newsdao-content'));
  });
});
