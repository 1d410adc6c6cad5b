import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { pathToRegexp } from 'next/dist/compiled/path-to-regexp';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import { buildPaths } from '@/config/build-paths';
import { articleAddressRedirects as articleAddressRedirectsForNext } from '@/config/legacy-redirects';
import { buildArchive } from '@/lib/content/archive';
import { readPostFiles } from '@/lib/content/post-files';
import { importJekyllSite } from '@/lib/jekyll-import/import-site';
import { articleAddressRedirects, proxySeesPath } from '@/lib/legacy-urls/proxy-scope';
import { readJekyllSite } from '@/lib/legacy-urls/read-jekyll-site';
import { buildRedirectMap, type RedirectMap } from '@/lib/legacy-urls/redirect-map';
import { livePathsOf } from '@/lib/legacy-urls/site-paths';

// The whole chain under `next start`: import the fixture Jekyll site, build the map as `prebuild` does,
// and ask proxy.ts (which reads the map Next inlines as NEWSDAO_LEGACY_REDIRECTS) about old addresses.
let work: string;
let proxy: (request: NextRequest) => Response;
let proxyMatcher: string[];

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsdao-proxy-'));
  const contentDir = path.join(work, 'content');
  await importJekyllSite({
    sitePath: path.resolve('e2e/fixtures/jekyll-site'),
    contentDir,
    publicDir: path.join(work, 'public'),
  });
  const settings = await readJekyllSite(contentDir);
  if (!settings.ok) throw new Error(settings.reason);
  const archive = buildArchive(await readPostFiles(contentDir));
  const { map } = buildRedirectMap(archive.articles, settings.site, livePathsOf(archive, 20));
  vi.stubEnv('NEWSDAO_LEGACY_REDIRECTS', JSON.stringify(map));
  vi.resetModules();
  ({
    proxy,
    config: { matcher: proxyMatcher },
  } = await import('@/proxy'));
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await rm(work, { recursive: true, force: true });
});

const ask = (oldPath: string) => proxy(new NextRequest(new URL(oldPath, 'https://newsdao.kr')));
const hello = 'https://newsdao.kr/articles/2015-03-02-hello-jekyll';
const korean = `https://newsdao.kr/articles/${encodeURIComponent('2016-07-15-한글-제목-글')}`;

describe('old addresses of an imported Jekyll site under next start', () => {
  it.each([
    ['Jekyll default form', `/${encodeURIComponent('공지')}/2015/03/02/hello-jekyll.html`, hello],
    ['pretty form', `/${encodeURIComponent('공지')}/2015/03/02/hello-jekyll/`, hello],
    ["_config.yml's permalink", '/2015/03/hello-jekyll/', hello],
    ['the old baseurl', '/blog/2015/03/hello-jekyll/', hello],
    ['redirect_from', '/old/hello.html', hello],
    ["the post's own permalink", '/notes/korean-post/', korean],
    [
      'Korean title, default form',
      `/blog/notes/2016/07/15/${encodeURIComponent('한글-제목-글')}.html`,
      korean,
    ],
  ])('%s answers 308 to the canonical URL', (_, oldPath, target) => {
    const response = ask(oldPath);
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(target);
  });

  it('leaves every other address to the site', () => {
    expect(ask('/articles/2015-03-02-hello-jekyll').headers.get('location')).toBeNull();
    expect(ask('/2015/03/no-such-post').headers.get('location')).toBeNull();
  });

  it('sends any other address with a trailing slash to the one without, as Next would', () => {
    const response = ask('/categories/news/');
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('https://newsdao.kr/categories/news');
  });

  it('never turns //host/ into a redirect to another host', () => {
    for (const address of ['//evil.example/', '///evil.example/', '//evil.example//x/']) {
      // The path as a server receives it (new URL('//evil.example/', base) would already be another host).
      const response = proxy(new NextRequest(`https://newsdao.kr${address}`));
      const location = response.headers.get('location') ?? '';
      expect(new URL(location, 'https://newsdao.kr').host, address).toBe('newsdao.kr');
      expect(location.startsWith('https://newsdao.kr/') && !location.startsWith('https://newsdao.kr//')).toBe(
        true,
      );
    }
  });
});

describe("the proxy's scope", () => {
  // The paths a reader loads most skip the proxy; everything an old address could be still reaches it.
  it.each([
    ['/', false],
    ['/articles/2015-03-02-hello-jekyll', false],
    [`/articles/${encodeURIComponent('한글-제목')}`, false],
    ['/articles/old-name.html', false],
    ['/_next/static/chunks/a.js', false],
    ['/_next/image', false],
    ['/articles/old-name/', true],
    ['/articles/2015/03/02/hello.html', true],
    ['/articles', true],
    ['/categories/news/', true],
    ['/categories/news', true],
    ['/page/2', true],
    ['/2015/03/hello-jekyll/', true],
    ['/old/hello.html', true],
    ['/_next/data/x.json', true],
  ])('%s: proxy runs = %s, and the matcher in proxy.ts agrees', (requestPath, sees) => {
    expect(proxySeesPath(requestPath)).toBe(sees);
    const matches = proxyMatcher.some((source) =>
      pathToRegexp(source, [], { strict: true, sensitive: false, delimiter: '/' }).test(requestPath),
    );
    expect(matches).toBe(sees);
  });

  it('turns the old addresses shaped like an article address into redirects, one hop each', () => {
    const map: RedirectMap = {
      slugs: ['a', 'b', '2024-02-01-새-기사'],
      paths: {
        '/articles/old-a': 0,
        '/news/old-b.html': 1,
        '/articles/옛-c.html': 2,
        '/articles/old-c/': 2,
        '/articles/x/y': 1,
      },
    };
    const target = `/articles/${encodeURIComponent('2024-02-01-새-기사')}`;
    expect(articleAddressRedirects(map)).toEqual([
      ['/articles/old-a', '/articles/a'],
      [`/articles/${encodeURIComponent('옛-c')}.html`, target],
      [`/articles/${encodeURIComponent('옛-c')}`, target],
      ['/articles/old-c', target],
    ]);
  });

  it('reach next.config.js as redirects whose patterns match the old address literally', async () => {
    const requestPath = `/articles/${encodeURIComponent('옛')}(1)+:x*`;
    const file = buildPaths({ NEXT_DIST_DIR: '.next-unit-proxy-scope' }).articleRedirectsFile;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify([[requestPath, '/articles/a']]));
    try {
      const redirects = articleAddressRedirectsForNext(file);
      expect(redirects).toHaveLength(1);
      expect(redirects[0]).toMatchObject({ destination: '/articles/a', permanent: true });
      const pattern = pathToRegexp(redirects[0]?.source ?? '', [], {
        strict: true,
        sensitive: false,
        delimiter: '/',
      });
      expect(pattern.test(requestPath)).toBe(true);
      expect(pattern.test(`/articles/${encodeURIComponent('옛')}1x`)).toBe(false);
    } finally {
      await rm(file, { force: true });
    }
  });
});
