import { describe, expect, it } from 'vitest';

import { reservedPageRouteOf, reservedRouteOf, routeAddress } from './reserved-paths';

describe('reservedRouteOf', () => {
  it.each([
    '/feed.xml',
    '/sitemap.xml',
    '/robots.txt',
    '/search.html',
    '/search/',
    '/pagefind/pagefind.js',
    '/og/x.png',
    '/categories/news/feed.xml',
    '/categories/%EA%B2%BD%EC%A0%9C/page/2',
    '/tags/%EA%B2%BD%EC%B0%B0/feed.xml',
    '/tags/경찰/page/2',
    '/assets/img/a.jpg',
    '/page/2/',
    '/sitemap',
    '/reporters',
    '/reporters/hong/feed.xml',
    '//feed.xml',
    '/',
    '/index.html',
  ])('names the route that owns %s', (path) => {
    expect(reservedRouteOf(path)).toEqual(expect.any(String));
  });

  it.each([
    '/2015/03/02/hello.html',
    '/news/2024/06/12/10/',
    '/articles/old-name',
    '/blog/x',
    '/pages-old/x',
    '/tagsfeed',
  ])('leaves %s free', (path) => {
    expect(reservedRouteOf(path)).toBeUndefined();
  });

  it('reads an address as a server does', () => {
    expect(routeAddress('/search/index.html')).toBe('/search');
    expect(routeAddress('/a/b.html?x=1')).toBe('/a/b');
    expect(routeAddress('/')).toBe('/');
  });
});

describe('reservedPageRouteOf', () => {
  it('refuses /articles/… and any case of a site route to a fixed page, which a post may keep', () => {
    expect(reservedRouteOf('/articles/old-name')).toBeUndefined();
    expect(reservedPageRouteOf('/articles/old-name')).toMatch(/articles/);
    expect(reservedPageRouteOf('/Search.html')).toMatch(/search/);
    expect(reservedPageRouteOf('/privacy')).toBeUndefined();
  });
});
