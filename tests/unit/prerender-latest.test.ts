import { describe, expect, test } from 'vitest';

import { parsePrerenderLatest } from '@/config/site';
import { prerenderedPageNumbers } from '@/lib/content/pagination';

describe('PRERENDER_LATEST (large-archive mode)', () => {
  test('unset or blank builds every article', () => {
    expect(parsePrerenderLatest(undefined, false)).toBeUndefined();
    expect(parsePrerenderLatest('  ', false)).toBeUndefined();
  });

  test('a whole number prerenders that many of the newest articles', () => {
    expect(parsePrerenderLatest('1000', false)).toBe(1000);
    expect(parsePrerenderLatest(' 0 ', false)).toBe(0);
  });

  test('the static export always builds every article, whatever the setting', () => {
    expect(parsePrerenderLatest('1000', true)).toBeUndefined();
  });

  test('anything else is refused with a message naming the setting and what to do', () => {
    expect(() => parsePrerenderLatest('latest', false)).toThrow(
      /PRERENDER_LATEST="latest" is not a whole number: set it to how many/,
    );
    expect(() => parsePrerenderLatest('-5', false)).toThrow(/PRERENDER_LATEST/);
  });

  test('listing pages follow it: only the pages the newest N articles reach are written', () => {
    expect(prerenderedPageNumbers(50_000, 20, undefined)).toHaveLength(2_499);
    expect(prerenderedPageNumbers(50_000, 20, 1000)).toEqual(
      Array.from({ length: 49 }, (_, index) => index + 2),
    );
    expect(prerenderedPageNumbers(10_000, 20, 1000)).toEqual(prerenderedPageNumbers(50_000, 20, 1000));
    expect(prerenderedPageNumbers(30, 20, 1000)).toEqual([2]);
    expect(prerenderedPageNumbers(500, 20, 0)).toEqual([]);
  });
});
