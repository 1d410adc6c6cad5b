import { describe, expect, test } from 'vitest';

import { buildArchive } from '@/lib/content/archive';
import { articleSearchRecord } from '@/lib/search/article-search-record';
import { searchIndexFolder } from '@/lib/search/index-folder';
import { excerptParts, searchHit } from '@/lib/search/search-result';

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

describe('searchIndexFolder', () => {
  test('the default build uses /pagefind; other build folders get their own, so side-by-side builds never clash', () => {
    expect(searchIndexFolder(undefined)).toBe('pagefind');
    expect(searchIndexFolder('.next')).toBe('pagefind');
    expect(searchIndexFolder('.next-e2e-3200')).toBe('pagefind-next-e2e-3200');
    expect(searchIndexFolder('/tmp/bench/.next')).toBe('pagefind-tmp-bench-next');
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
