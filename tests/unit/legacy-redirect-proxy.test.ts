import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildArchive } from '@/lib/content/archive';
import { readPostFiles } from '@/lib/content/post-files';
import { importJekyllSite } from '@/lib/jekyll-import/import-site';
import { readJekyllSite } from '@/lib/legacy-urls/read-jekyll-site';
import { buildRedirectMap } from '@/lib/legacy-urls/redirect-map';
import { livePathsOf } from '@/lib/legacy-urls/site-paths';

// The whole chain under `next start`: import the fixture Jekyll site, build the map as `prebuild` does,
// and ask proxy.ts (which reads the map Next inlines as NEWSDAO_LEGACY_REDIRECTS) about old addresses.
let work: string;
let proxy: (request: NextRequest) => Response;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsdao-proxy-'));
  const contentDir = path.join(work, 'content');
  await importJekyllSite({ sitePath: path.resolve('e2e/fixtures/jekyll-site'), contentDir, publicDir: path.join(work, 'public') });
  const settings = await readJekyllSite(contentDir);
  if (!settings.ok) throw new Error(settings.reason);
  const archive = buildArchive(await readPostFiles(contentDir));
  const { map } = buildRedirectMap(archive.articles, settings.site, livePathsOf(archive, 20));
  vi.stubEnv('NEWSDAO_LEGACY_REDIRECTS', JSON.stringify(map));
  vi.resetModules();
  ({ proxy } = await import('@/proxy'));
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
    ['Korean title, default form', `/blog/notes/2016/07/15/${encodeURIComponent('한글-제목-글')}.html`, korean],
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
});
