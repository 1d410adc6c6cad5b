import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { buildArchive, checkPosts, newestFirst } from '@/lib/content/archive';
import {
  assertFresh,
  contentFingerprint,
  postKey,
  publishedSummaries,
  publishTracedCopy,
  readableStoreDirectory,
  readEntry,
  readStore,
  removeUnusedEntries,
  storeDirectory,
  StoreError,
  summaryOf,
  writeEntry,
  writeStore,
} from '@/lib/content/content-store';
import { readSiteFiles } from '@/lib/content/site-files';
import { revive, serialise, splitTrees } from '@/lib/content/store/serialise';
import { loadStoredArchive } from '@/lib/content/stored-archive';

import { check, post } from './support/posts';

const source = post(
  ['title: 캐시 기사', 'date: 2024-03-05 09:30', 'categories: [경제]', 'feature_text: "## 속보"'],
  '본문 **굵게** 입니다.\n\n| 가 | 나 |\n|---|---|\n| 1 | 2 |',
);

let directory: string;
beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'newsdao-store-'));
});
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe('serialise and revive', () => {
  test('an article survives the round trip with its dates as Dates and its trees intact', () => {
    const result = check(source);
    const back = revive(serialise(result)) as typeof result;
    if (!back.article || !result.article) throw new Error('no article');
    expect(back.article.date).toBeInstanceOf(Date);
    expect(back.article.date.getTime()).toBe(result.article.date.getTime());
    expect(JSON.stringify(back.article.body)).toBe(serialise(result.article.body));
    expect(back.article.title).toBe('캐시 기사');
  });

  test('fields it does not know about are kept, so new Article fields need no store change', () => {
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
    expect(serialise(check(source).article?.body)).not.toContain('"position"');
  });
});

describe('summaries', () => {
  test('every field holding a rendered tree goes to the body entry, every other field (Dates, new ones) stays', () => {
    const article = check(source).article;
    if (!article) throw new Error('no article');
    const withNewFields = {
      ...article,
      corrected: new Date('2024-03-06T00:00:00Z'),
      caption: { type: 'root', children: [] },
    };
    const { summary, trees } = splitTrees(withNewFields);
    expect(Object.keys(trees).sort()).toEqual(['body', 'caption', 'featureText']);
    expect(summary).toMatchObject({ title: '캐시 기사', corrected: new Date('2024-03-06T00:00:00Z') });
    expect(summary).not.toHaveProperty('body');
  });

  test('a summary keeps the problems and the archive-level facts the check needs again', () => {
    const result = check(source);
    const summary = summaryOf(result);
    expect(summary.problems).toEqual(result.problems);
    expect(summary.article).not.toHaveProperty('body');
    expect(summary.article?.slug).toBe(result.article?.slug);
  });
});

describe('body entries', () => {
  test('the key changes with the renderer, the path and the text, and only with them', () => {
    const key = postKey('v1', 'a.md', 'text');
    expect(postKey('v1', 'a.md', 'text')).toBe(key);
    expect(postKey('v2', 'a.md', 'text')).not.toBe(key);
    expect(postKey('v1', 'b.md', 'text')).not.toBe(key);
    expect(postKey('v1', 'a.md', 'text!')).not.toBe(key);
  });

  test('a stored result reads back whole; a missing or damaged entry reads as a miss, to be rendered again', () => {
    writeEntry(directory, 'k1', check(source));
    expect(readEntry(directory, 'k1')?.article?.body.type).toBe('root');
    expect(readEntry(directory, 'nothing')).toBeUndefined();
    writeFileSync(
      path.join(directory, 'posts', 'k2.json.gz'),
      gzipSync('{"article": {"slug": 1}, "problems": []}'),
    );
    writeFileSync(path.join(directory, 'posts', 'k3.json.gz'), 'not compressed');
    expect(readEntry(directory, 'k2')).toBeUndefined();
    expect(readEntry(directory, 'k3')).toBeUndefined();
  });

  test('entries no post uses any more are removed', () => {
    writeEntry(directory, 'keep', check(source));
    writeEntry(directory, 'old', check(source));
    expect(removeUnusedEntries(directory, new Set(['keep']))).toBe(1);
    expect(readdirSync(path.join(directory, 'posts'))).toEqual(['keep.json.gz']);
  });
});

function storeOf(
  files: { relativePath: string; source: string }[],
  contentDirectory: string,
  target = directory,
  siteFiles: Record<string, unknown> = { categories: [] },
) {
  const results = new Map(files.map((file) => [file.relativePath, check(file.source, file.relativePath)]));
  const { articles, problems } = checkPosts(files, (file) => results.get(file.relativePath) ?? check(''));
  const keyOf = (relativePath: string) => `k-${relativePath}`;
  for (const [relativePath, result] of results) writeEntry(target, keyOf(relativePath), result);
  writeStore(target, {
    rendererVersion: 'v1',
    contentDirectory,
    fingerprint: contentFingerprint(contentDirectory),
    published: [...articles].sort(newestFirst).map((article) => keyOf(article.sourcePath)),
    warnings: problems,
    siteFiles: { 'jekyll-site': { ok: true, when: new Date('2024-01-01T00:00:00Z') }, ...siteFiles },
    posts: files.map((file) => ({
      relativePath: file.relativePath,
      key: keyOf(file.relativePath),
      result: results.get(file.relativePath) ?? check(''),
    })),
  });
}

describe('the store', () => {
  const files = [
    { relativePath: '2024-01-01-a.md', source: post(['title: 가', 'categories: [경제]'], '첫 본문') },
    { relativePath: '2024-02-01-b.md', source: post(['title: 나', 'categories: [경제, 사회]'], '둘째 본문') },
  ];

  function contentFolder(): string {
    const content = path.join(directory, 'content');
    mkdirSync(content, { recursive: true });
    for (const file of files) writeFileSync(path.join(content, file.relativePath), file.source);
    return content;
  }

  test('holds the archive the posts make: published newest first, summaries without trees, site files', () => {
    const content = contentFolder();
    storeOf(files, content);
    const store = readStore(directory);
    if (!store) throw new Error('no store');
    const { summaries, keys } = publishedSummaries(store);
    const direct = buildArchive(files);
    expect(summaries.map((article) => article.slug)).toEqual(direct.articles.map((article) => article.slug));
    expect(summaries[0]).not.toHaveProperty('body');
    expect(summaries[0]?.date).toEqual(direct.articles[0]?.date);
    expect(readEntry(directory, keys.get('2024-02-01-b') ?? '')?.article?.body).toEqual(
      revive(serialise(direct.bySlug.get('2024-02-01-b')?.body)),
    );
    expect(store.siteFiles['jekyll-site']).toEqual({ ok: true, when: new Date('2024-01-01T00:00:00Z') });
  });

  test('a missing, foreign, outdated or stale store is refused with the command to run', () => {
    const content = contentFolder();
    expect(() => assertFresh(undefined, content, 'v1', directory)).toThrow(
      /No content store .*npm run check/,
    );
    storeOf(files, content);
    const store = readStore(directory);
    expect(assertFresh(store, content, 'v1', directory)).toBe(store);
    expect(() => assertFresh(store, path.join(directory, 'other'), 'v1', directory)).toThrow(/made from/);
    expect(() => assertFresh(store, content, 'v2', directory)).toThrow(/another version of lib\/content/);
    writeFileSync(path.join(content, '2024-01-01-a.md'), post(['title: 가!'], '고친 본문'));
    expect(() => assertFresh(store, content, 'v1', directory)).toThrow(StoreError);
    expect(() => assertFresh(store, content, 'v1', directory)).toThrow(/changed since .*npm run check/);
  });

  test('the fingerprint notices an added file and a site file, not only posts', () => {
    const content = contentFolder();
    const before = contentFingerprint(content);
    writeFileSync(path.join(content, '.jekyll.yml'), 'timezone: Europe/London\n');
    const withSettings = contentFingerprint(content);
    expect(withSettings).not.toBe(before);
    mkdirSync(path.join(content, '_data'));
    writeFileSync(path.join(content, '_data', 'authors.yml'), 'a: 1\n');
    expect(contentFingerprint(content)).not.toBe(withSettings);
  });
});

describe('the stored archive a server reads', () => {
  afterEach(() => vi.unstubAllEnvs());

  test("a whole article read from its body entry shows the archive's display name, not its own spelling", () => {
    vi.stubEnv('NEXT_DIST_DIR', path.join(directory, 'dist'));
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    const files = [
      { relativePath: '2024-01-01-a.md', source: post(['title: 가', 'categories: [Breaking News]']) },
      { relativePath: '2024-02-01-b.md', source: post(['title: 나', 'categories: [BREAKING news]']) },
    ];
    storeOf(files, directory, storeDirectory());
    const stored = loadStoredArchive();
    expect(stored.archive.categories).toEqual([{ slug: 'breaking-news', name: 'Breaking News', count: 2 }]);
    expect(stored.archive.bySlug.get('2024-02-01-b')?.categories[0]?.name).toBe('Breaking News');
    expect(stored.article('2024-02-01-b')?.categories).toEqual([
      { slug: 'breaking-news', name: 'Breaking News' },
    ]);
  });

  test('a name _data/categories.yml gives a category wins over the oldest post, in listings and whole articles', async () => {
    vi.stubEnv('NEXT_DIST_DIR', path.join(directory, 'dist'));
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    const content = path.join(directory, 'content');
    mkdirSync(path.join(content, '_data'), { recursive: true });
    writeFileSync(path.join(content, '_data', 'categories.yml'), '- name: 속보\n  slug: breaking-news\n');
    const files = [
      { relativePath: '2024-01-01-a.md', source: post(['title: 가', 'categories: [Breaking News, 경제]']) },
      { relativePath: '2024-02-01-b.md', source: post(['title: 나', 'categories: [BREAKING news]']) },
    ];
    // The check stores what the site-file readers read; the server reads only the store.
    const { values, problems } = await readSiteFiles(content);
    expect(problems).toEqual([]);
    storeOf(files, directory, storeDirectory(), values);
    rmSync(content, { recursive: true });
    const stored = loadStoredArchive();
    expect(stored.archive.categories).toEqual([
      { slug: 'breaking-news', name: '속보', count: 2 },
      { slug: '경제', name: '경제', count: 1 },
    ]);
    expect(stored.archive.bySlug.get('2024-01-01-a')?.categories[0]?.name).toBe('속보');
    expect(stored.article('2024-02-01-b')?.categories).toEqual([{ slug: 'breaking-news', name: '속보' }]);
  });
});

describe('the traced copy that ships with the server', () => {
  const buildDir = '.next-unit-content-store';
  const traced = path.resolve('.newsdao-traced', 'next-unit-content-store', 'store');
  beforeEach(() => vi.stubEnv('NEXT_DIST_DIR', buildDir));
  afterEach(() => {
    vi.unstubAllEnvs();
    rmSync(path.resolve('.newsdao-traced', 'next-unit-content-store'), { recursive: true, force: true });
  });

  test('holds the archive always and the bodies only in large-archive mode; a server without the store reads it', () => {
    writeEntry(directory, 'k', check(source));
    writeStore(directory, {
      rendererVersion: 'v',
      contentDirectory: directory,
      fingerprint: 'f',
      published: [],
      warnings: [],
      siteFiles: {},
      posts: [],
    });
    publishTracedCopy(directory, ['k'], false);
    expect(existsSync(path.join(traced, 'archive.json'))).toBe(true);
    expect(readdirSync(path.join(traced, 'posts'))).toEqual([]);
    publishTracedCopy(directory, ['k'], true);
    expect(readEntry(traced, 'k')?.article?.title).toBe('캐시 기사');
    // No store in the build folder (a deployed function): the traced copy is read.
    expect(readableStoreDirectory()).toBe(traced);
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    expect(readableStoreDirectory()).toBe(path.resolve(buildDir, 'cache', 'newsdao', 'store'));
  });
});
