/**
 * Issue 13, migration 4: the old site's own addresses lead somewhere. Its feeds go to /feed.xml, its
 * jekyll-paginate pages to /page/N, its search page to /search, and its home under the old baseurl to /,
 * through the one redirect map proxy.ts answers.
 */
import { NextRequest } from 'next/server';
import { afterAll, describe, expect, it, vi } from 'vitest';

import type { JekyllSite } from '@/lib/legacy-urls/jekyll-permalink';
import { jekyllSiteFromYaml } from '@/lib/legacy-urls/jekyll-site-settings';
import { redirectMapFrom, sitePathForLegacyPath } from '@/lib/legacy-urls/redirect-map';
import { siteAddressRedirects } from '@/lib/legacy-urls/site-address-redirects';

const SITE: JekyllSite = {
  permalink: 'pretty',
  timeZone: 'Asia/Seoul',
  baseurl: '/blog',
  paginate: 10,
  paginatePath: '/page:num/',
  feedPaths: ['/atom.xml', '/feed.xml'],
  searchPaths: ['/search/', '/search.html'],
};
/** This site's pages: a home listing of three pages. */
const LIVE = new Set(['/', '/page/2', '/page/3', '/categories']);

describe('the old site addresses the build redirects', () => {
  // 45 articles at 10 a page: the old site had pages 2 to 5.
  const redirects = siteAddressRedirects(SITE, 45, LIVE);

  it.each([
    ['/atom.xml', '/feed.xml'],
    ['/blog/atom.xml', '/feed.xml'],
    ['/blog/feed.xml', '/feed.xml'],
    ['/page2/', '/page/2'],
    ['/page2/index.html', '/page/2'],
    ['/page2', '/page/2'],
    ['/blog/page3/', '/page/3'],
    // Past this site's last listing page: the last one, which lists the oldest articles as it did.
    ['/page5/', '/page/3'],
    ['/search/', '/search'],
    ['/search/index.html', '/search'],
    ['/search.html', '/search'],
    ['/blog/search/', '/search'],
    ['/blog/', '/'],
    ['/blog/index.html', '/'],
  ])('%s leads to %s', (oldPath, target) => {
    expect(redirects[oldPath]).toBe(target);
  });

  it('never sends an address of this site to itself, nor past what the old site wrote', () => {
    expect(redirects['/feed.xml']).toBeUndefined();
    expect(redirects['/search']).toBeUndefined();
    expect(redirects['/']).toBeUndefined();
    expect(redirects['/page6/']).toBeUndefined();
    expect(redirects['/page1/']).toBeUndefined();
  });

  it('records nothing for a site without pagination, feeds, search or baseurl', () => {
    expect(
      siteAddressRedirects({ permalink: 'date', timeZone: 'Asia/Seoul', baseurl: '' }, 45, LIVE),
    ).toEqual({});
  });

  it('keeps a listing page number that is already this site’s address to the page itself', () => {
    const own = siteAddressRedirects({ ...SITE, baseurl: '', paginatePath: '/page/:num/' }, 45, LIVE);
    expect(own['/page/2']).toBeUndefined();
    expect(own['/page/2/']).toBe('/page/2');
  });
});

describe('reading what the old site had from _config.yml', () => {
  const read = (text: string) => {
    const settings = jekyllSiteFromYaml(text, '_config.yml');
    if (!settings.ok) throw new Error(settings.reason);
    return settings.site;
  };

  it("takes jekyll-feed's feed.path, or its default /feed.xml", () => {
    expect(read('plugins: [jekyll-feed]\nfeed:\n  path: atom.xml\n').feedPaths).toEqual(['/atom.xml']);
    expect(read('gems: [jekyll-feed]\n').feedPaths).toEqual(['/feed.xml']);
    expect(read('feed:\n  path: atom.xml\n').feedPaths).toBeUndefined();
  });

  it("takes paginate and paginate_path, with jekyll-paginate's default path, only for a positive paginate", () => {
    expect(read('paginate: 5\n')).toMatchObject({ paginate: 5, paginatePath: '/page:num' });
    expect(read('paginate: 5\npaginate_path: "/blog/page:num/"\n')).toMatchObject({
      paginatePath: '/blog/page:num/',
    });
    expect(read('paginate_path: /blog/page:num/\n').paginate).toBeUndefined();
    expect(read('paginate: 0\n').paginate).toBeUndefined();
  });
});

describe('proxy.ts and the old site addresses', () => {
  afterAll(() => vi.unstubAllEnvs());

  it('answers 308 to the page that took their place, keeping the query', async () => {
    const map = { slugs: [], paths: {}, site: siteAddressRedirects(SITE, 45, LIVE) };
    vi.stubEnv('NEWSDAO_LEGACY_REDIRECTS', JSON.stringify(map));
    vi.resetModules();
    const { proxy } = await import('@/proxy');
    const ask = (oldPath: string) => proxy(new NextRequest(new URL(oldPath, 'https://newsdao.kr')));
    expect(ask('/blog/page2/').status).toBe(308);
    expect(ask('/blog/page2/').headers.get('location')).toBe('https://newsdao.kr/page/2');
    expect(ask('/rss.xml').headers.get('location')).toBeNull();
    expect(ask('/atom.xml').headers.get('location')).toBe('https://newsdao.kr/feed.xml');
    expect(ask('/search/?q=%EA%B2%BD%EC%A0%9C').headers.get('location')).toBe(
      'https://newsdao.kr/search?q=%EA%B2%BD%EC%A0%9C',
    );
    expect(ask('/search').headers.get('location')).toBeNull();
  });

  it('takes from the map only paths of this site', () => {
    const map = redirectMapFrom({
      slugs: [],
      paths: {},
      site: { '/a/': '//evil.example/', '/b/': 'https://evil.example/', '/c/': '/page/2', '/d/': 7 },
    });
    expect(map.site).toEqual({ '/c/': '/page/2' });
    expect(sitePathForLegacyPath(map, '/a/')).toBeUndefined();
  });
});
