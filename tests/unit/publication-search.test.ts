import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { buildPaths } from '@/config/build-paths';
import { buildArchive } from '@/lib/content/archive';
import { articleSearchRecord } from '@/lib/search/article-search-record';
import { excerptParts, searchHit } from '@/lib/search/search-result';
import { groupByShard, shardFingerprint, shardOf } from '@/lib/search/search-shards';
import { isShardList } from '@/lib/search/shard-list';

describe('excerptParts', () => {
  test('turns Pagefind’s marked excerpt into text runs, decoding its entities and never keeping tags', () => {
    expect(excerptParts('경찰청 <mark>치안</mark> 분야 &lt;b&gt; &amp; <img src=x>')).toEqual([
      { text: '경찰청 ', matched: false },
      { text: '치안', matched: true },
      { text: ' 분야 <b> & ', matched: false },
    ]);
  });
});

describe('searchHit', () => {
  test('prefers the article’s own URL from the page meta', () => {
    expect(
      searchHit({
        url: '/articles/a.html',
        excerpt: '<mark>a</mark>',
        meta: { url: '/articles/a', title: '제목', published: '2023-09-18T00:00:00+09:00' },
      }),
    ).toEqual({
      href: '/articles/a',
      title: '제목',
      published: '2023-09-18T00:00:00+09:00',
      excerpt: [{ text: 'a', matched: true }],
    });
  });

  test('drops anything without a title or a URL', () => {
    expect(searchHit({ url: '/x', meta: {} })).toBeUndefined();
    expect(searchHit('nonsense')).toBeUndefined();
  });
});

describe('the search index folder (config/build-paths.js)', () => {
  test('each build folder gets its own under /pagefind/, so side-by-side builds never clash', () => {
    expect(buildPaths({}).searchIndexUrl).toBe('/pagefind/next/');
    expect(buildPaths({ NEXT_DIST_DIR: '.next' }).searchIndexDir).toBe(
      path.join('public', 'pagefind', 'next'),
    );
    expect(buildPaths({ NEXT_DIST_DIR: '.next-e2e-3200' }).searchIndexUrl).toBe('/pagefind/next-e2e-3200/');
    expect(buildPaths({ NEXT_DIST_DIR: '/tmp/bench/.next' }).searchIndexUrl).toBe(
      '/pagefind/tmp-bench-next/',
    );
  });

  test('a static export writes it into the export folder', () => {
    const paths = buildPaths({ STATIC_EXPORT: '1', STATIC_EXPORT_DIR: 'site', NEXT_DIST_DIR: '.next-x' });
    expect(paths.searchIndexDir).toBe(path.join('site', 'pagefind', 'next-x'));
  });
});

describe('search shards', () => {
  test('an article goes to the shard of its month of publication in Seoul time', () => {
    // 15:30 UTC on 31 January is already 1 February in Seoul.
    expect(shardOf({ date: new Date('2024-01-31T15:30:00Z') })).toBe('2024-02');
    expect(shardOf({ date: new Date('2024-01-31T14:30:00Z') })).toBe('2024-01');
  });

  test('shards come newest first, each in the archive order', () => {
    const a = { slug: 'a', date: new Date('2024-03-02T00:00:00+09:00') };
    const b = { slug: 'b', date: new Date('2024-03-01T00:00:00+09:00') };
    const c = { slug: 'c', date: new Date('2023-12-01T00:00:00+09:00') };
    expect([...groupByShard([c, a, b]).entries()]).toEqual([
      ['2024-03', [a, b]],
      ['2023-12', [c]],
    ]);
  });

  test('a shard fingerprint changes with its articles and the index version, not with their order', () => {
    const fingerprint = shardFingerprint('v1', ['k1', 'k2']);
    expect(shardFingerprint('v1', ['k2', 'k1'])).toBe(fingerprint);
    expect(shardFingerprint('v1', ['k1', 'k3'])).not.toBe(fingerprint);
    expect(shardFingerprint('v1', ['k1'])).not.toBe(fingerprint);
    expect(shardFingerprint('v2', ['k1', 'k2'])).not.toBe(fingerprint);
  });

  test('the browser accepts only a list of month shards', () => {
    expect(isShardList({ shards: ['2024-03', '2023-12'] })).toBe(true);
    expect(isShardList({ shards: ['../x'] })).toBe(false);
    expect(isShardList({})).toBe(false);
  });
});

describe('articleSearchRecord (articles rendered on request in large-archive mode)', () => {
  test('carries the text, title, URL and date the article page would give Pagefind', () => {
    const [article] = buildArchive([
      {
        relativePath: '2023-09-18-치안-기사.md',
        source:
          '---\ntitle: 치안분야 중소벤처기업 육성\ncategories: [사회]\ntags: [경찰청]\nfeature_text: 속보입니다\n---\n\n<p>출처: 중기부 | 뉴스와이어</p>\n\n중소벤처기업부와 <b>경찰청</b>이 손잡고\n\n| 문의 | 연락처 |\n|---|---|\n| 과학치안산업팀 | 02-3150-2605 |\n',
      },
    ]).articles;
    if (!article) throw new Error('the fixture post did not build');
    const record = articleSearchRecord(article);
    expect(record.url).toBe(`/articles/${encodeURIComponent('2023-09-18-치안-기사')}`);
    expect(record.language).toBe('ko');
    expect(record.meta).toEqual({
      title: '치안분야 중소벤처기업 육성',
      url: record.url,
      published: '2023-09-18T00:00:00+09:00',
    });
    for (const text of [
      '치안분야 중소벤처기업 육성',
      '사회',
      '속보입니다',
      '중소벤처기업부와 경찰청이 손잡고',
      '과학치안산업팀 02-3150-2605',
      '경찰청',
    ]) {
      expect(record.content).toContain(text);
    }
    expect(record.content).not.toMatch(/<|>/);
  });
});
