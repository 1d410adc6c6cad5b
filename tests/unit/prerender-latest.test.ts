import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import {
  LARGE_ARCHIVE_ARTICLES,
  LARGE_ARCHIVE_PRERENDER,
  prerenderLatestFor,
  rendersOnRequest,
} from '@/config/prerender-setting';
import { parsePrerenderLatest } from '@/config/site';
import { writeStore } from '@/lib/content/content-store';
import { prerenderedPageNumbers, prerenderedReach } from '@/lib/content/pagination';
import { applyPrerenderMode, resolvePrerenderMode } from '@/scripts/build/prerender-mode';

describe('PRERENDER_LATEST (large-archive mode)', () => {
  test('unset, blank or `all` builds every article in a page that never counted the archive', () => {
    expect(parsePrerenderLatest(undefined, false)).toBeUndefined();
    expect(parsePrerenderLatest('  ', false)).toBeUndefined();
    expect(parsePrerenderLatest('all', false)).toBeUndefined();
    expect(parsePrerenderLatest('ALL', false)).toBeUndefined();
  });

  test('the default prerenders every article up to the threshold, and only the newest ones above it', () => {
    expect(prerenderLatestFor(undefined, false, 1)).toBeUndefined();
    expect(prerenderLatestFor(undefined, false, LARGE_ARCHIVE_ARTICLES)).toBeUndefined();
    expect(prerenderLatestFor(undefined, false, LARGE_ARCHIVE_ARTICLES + 1)).toBe(LARGE_ARCHIVE_PRERENDER);
    expect(prerenderLatestFor('', false, 50_000)).toBe(LARGE_ARCHIVE_PRERENDER);
  });

  test('`all` and the static export write every page however large the archive; a number is taken as given', () => {
    expect(prerenderLatestFor('all', false, 50_000)).toBeUndefined();
    expect(prerenderLatestFor(undefined, true, 50_000)).toBeUndefined();
    expect(prerenderLatestFor('300', true, 50_000)).toBeUndefined();
    expect(prerenderLatestFor('300', false, 10)).toBe(300);
    expect(prerenderLatestFor('0', false, 10)).toBe(0);
  });

  test('npm run build hands the later steps a resolved value and says why', () => {
    const large = resolvePrerenderMode({}, 10_000);
    expect(large.value).toBe(String(LARGE_ARCHIVE_PRERENDER));
    expect(large.explanation).toMatch(/large-archive mode: prerendering the newest 1,000 of 10,000 articles/);
    expect(large.explanation).toMatch(/PRERENDER_LATEST=all prerenders every one/);
    expect(resolvePrerenderMode({}, 120)).toEqual({
      value: 'all',
      explanation: 'prerendering all 120 articles (at most 2,000 articles)',
    });
    expect(resolvePrerenderMode({ PRERENDER_LATEST: 'all' }, 10_000).value).toBe('all');
    expect(resolvePrerenderMode({ STATIC_EXPORT: '1' }, 10_000).explanation).toMatch(/STATIC_EXPORT=1/);
    expect(resolvePrerenderMode({ PRERENDER_LATEST: '50' }, 10).explanation).toMatch(/newest 10 of 10/);
  });

  test('the mode is read from the store of the project being built, not the working directory (the bench builds elsewhere)', () => {
    const project = mkdtempSync(path.join(tmpdir(), 'newsdao-prerender-mode-'));
    try {
      const published = Array.from({ length: LARGE_ARCHIVE_ARTICLES + 1 }, (_, index) => `k${index}`);
      const store = {
        rendererVersion: 'v',
        contentDirectory: project,
        fingerprint: 'f',
        warnings: [],
        siteFiles: {},
        posts: [],
      };
      writeStore(path.join(project, '.next-bench', 'cache', 'newsdao', 'store'), { ...store, published });
      const env: Record<string, string | undefined> = { NEXT_DIST_DIR: '.next-bench' };
      expect(applyPrerenderMode(env, project)).toMatch(/newest 1,000 of 2,001 articles/);
      expect(env.PRERENDER_LATEST).toBe(String(LARGE_ARCHIVE_PRERENDER));
      expect(() => applyPrerenderMode({}, project)).toThrow(/run `npm run check`/);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  test('only a number renders articles on request, so only then do the bodies ship with the server', () => {
    expect(rendersOnRequest({ PRERENDER_LATEST: '1000' })).toBe(true);
    expect(rendersOnRequest({ PRERENDER_LATEST: 'all' })).toBe(false);
    expect(rendersOnRequest({})).toBe(false);
    expect(rendersOnRequest({ PRERENDER_LATEST: '1000', STATIC_EXPORT: '1' })).toBe(false);
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
      /PRERENDER_LATEST="latest" is not a whole number: set it to how many.*"all"/,
    );
    expect(() => parsePrerenderLatest('-5', false)).toThrow(/PRERENDER_LATEST/);
  });

  test('a listing writes only the pages that hold a prerendered article, however long it is', () => {
    const isNewest = (index: number) => index % 10 === 0 && index < 5_000; // a tag: 1 in 10 of the newest
    const tag = Array.from({ length: 8_000 }, (_, index) => index);
    const reach = prerenderedReach(tag, isNewest);
    expect(reach).toBe(4_991);
    expect(prerenderedPageNumbers(tag.length, 20, reach)).toHaveLength(249); // pages 2–250 hold one
    expect(prerenderedReach(tag, () => false)).toBe(0);
    expect(prerenderedPageNumbers(tag.length, 20, 0)).toEqual([]);
    expect(prerenderedReach([1, 2, 3], (item) => item === 1)).toBe(1);
    expect(prerenderedPageNumbers(3, 20, 1)).toEqual([]);
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
