import { describe, expect, test } from 'vitest';
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
      searchHit({ url: '/articles/a.html', excerpt: '<mark>a</mark>', meta: { url: '/articles/a', title: '제목', published: '2023-09-18T00:00:00+09:00' } }),
    ).toEqual({ href: '/articles/a', title: '제목', published: '2023-09-18T00:00:00+09:00', excerpt: [{ text: 'a', matched: true }] });
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
