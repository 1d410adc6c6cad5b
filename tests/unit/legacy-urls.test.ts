import { describe, expect, it } from 'vitest';

import { articleLegacyPaths, DEFAULT_JEKYLL_SITE } from '@/lib/legacy-urls/article-legacy-paths';
import { expandPermalink, templateFor } from '@/lib/legacy-urls/jekyll-permalink';
import { jekyllSiteFromYaml } from '@/lib/legacy-urls/jekyll-site-settings';
import { buildRedirectMap, slugForLegacyPath } from '@/lib/legacy-urls/redirect-map';
import { redirectFilesFor, redirectPageHtml } from '@/lib/legacy-urls/redirect-page';

// 23:30 in Seoul on 2 March is 14:30 UTC the same day; 02:00 in Seoul on 3 March is still 2 March in UTC.
const lateNight = new Date('2015-03-03T02:00:00+09:00');
const post = { fileTitle: 'hello-jekyll', date: lateNight, categories: ['공지', 'Notice'] };

describe('Jekyll permalink templates', () => {
  it('expand the default form with lower-cased categories joined by slashes, in the site time zone', () => {
    expect(expandPermalink(templateFor('date'), post, 'Asia/Seoul')).toBe(
      '/공지/notice/2015/03/03/hello-jekyll.html',
    );
    expect(expandPermalink(templateFor('date'), post, 'UTC')).toBe(
      '/공지/notice/2015/03/02/hello-jekyll.html',
    );
  });

  it('expand pretty, none, ordinal and custom templates, collapsing empty categories', () => {
    const plain = { ...post, categories: [] };
    expect(expandPermalink(templateFor('pretty'), plain, 'Asia/Seoul')).toBe('/2015/03/03/hello-jekyll/');
    expect(expandPermalink(templateFor('none'), plain, 'Asia/Seoul')).toBe('/hello-jekyll.html');
    expect(expandPermalink(templateFor('ordinal'), plain, 'Asia/Seoul')).toBe('/2015/062/hello-jekyll.html');
    expect(
      expandPermalink(
        '/:short_year/:i_month/:i_day/:slug',
        { ...plain, fileTitle: 'Hello World!' },
        'Asia/Seoul',
      ),
    ).toBe('/15/3/3/hello-world');
  });
});

describe('old addresses of an article', () => {
  const article = {
    slug: '2015-03-03-hello-jekyll',
    date: lateNight,
    categories: [{ name: 'News', slug: 'news' }],
    sourcePath: 'imported/2015-03-03-hello-jekyll.md',
    legacyPaths: ['/old/hello.html', '/%EC%98%9B-%EC%A3%BC%EC%86%8C/'],
  };

  it('are the default, pretty and configured forms, the own paths, and all of them under the old baseurl', () => {
    const paths = articleLegacyPaths(article, {
      permalink: '/:year/:title/',
      timeZone: 'Asia/Seoul',
      baseurl: '/blog',
    });
    expect(paths.sort()).toEqual(
      [
        '/news/2015/03/03/hello-jekyll.html',
        '/news/2015/03/03/hello-jekyll/',
        '/2015/hello-jekyll/',
        '/old/hello.html',
        '/옛-주소/',
        '/blog/news/2015/03/03/hello-jekyll.html',
        '/blog/news/2015/03/03/hello-jekyll/',
        '/blog/2015/hello-jekyll/',
        '/blog/old/hello.html',
        '/blog/옛-주소/',
      ].sort(),
    );
  });

  it('are found under the other spellings servers answered them by', () => {
    const { map } = buildRedirectMap([article], DEFAULT_JEKYLL_SITE, new Set());
    for (const spelling of [
      '/news/2015/03/03/hello-jekyll.html',
      '/news/2015/03/03/hello-jekyll',
      '/news/2015/03/03/hello-jekyll/',
      '/news/2015/03/03/hello-jekyll/index.html',
    ]) {
      expect(slugForLegacyPath(map, spelling), spelling).toBe(article.slug);
    }
    expect(slugForLegacyPath(map, '/news/2015/03/03/hello')).toBeUndefined();
  });

  it('map to the slug, never over a live page, first article winning a shared address', () => {
    const other = { ...article, slug: 'other', sourcePath: 'other.md', legacyPaths: ['/old/hello.html'] };
    const live = new Set(['/news/2015/03/03/hello-jekyll']);
    const { map, skipped } = buildRedirectMap([article, other], DEFAULT_JEKYLL_SITE, live);
    expect(slugForLegacyPath(map, '/news/2015/03/03/hello-jekyll.html')).toBeUndefined();
    expect(slugForLegacyPath(map, '/news/2015/03/03/hello-jekyll/')).toBeUndefined();
    expect(slugForLegacyPath(map, '/%EC%98%9B-%EC%A3%BC%EC%86%8C/')).toBe(article.slug);
    expect(slugForLegacyPath(map, '/old/hello.html')).toBe(article.slug);
    expect(skipped).toEqual(
      expect.arrayContaining([
        {
          path: '/news/2015/03/03/hello-jekyll.html',
          sourcePath: article.sourcePath,
          reason: 'is a page of the new site',
        },
        {
          path: '/news/2015/03/03/hello-jekyll/',
          sourcePath: article.sourcePath,
          reason: 'is a page of the new site',
        },
        {
          path: '/old/hello.html',
          sourcePath: 'other.md',
          reason: `already redirects to ${article.sourcePath}`,
        },
      ]),
    );
  });
});

describe("the old site's settings", () => {
  it('read permalink, timezone and baseurl, with defaults', () => {
    expect(jekyllSiteFromYaml('permalink: pretty\ntimezone: UTC\nbaseurl: /blog\n', '_config.yml')).toEqual({
      ok: true,
      site: { permalink: 'pretty', timeZone: 'UTC', baseurl: '/blog' },
    });
    expect(jekyllSiteFromYaml('title: x\n', '_config.yml')).toEqual({ ok: true, site: DEFAULT_JEKYLL_SITE });
  });

  it('refuse an unknown time zone, naming the file and the fix', () => {
    const result = jekyllSiteFromYaml('timezone: Mars/Olympus\n', 'site/_config.yml');
    expect(result).toEqual({
      ok: false,
      reason: expect.stringContaining('site/_config.yml: timezone "Mars/Olympus"'),
    });
  });
});

describe('redirect pages of the static export', () => {
  it('send the browser on and name the canonical URL', () => {
    const html = redirectPageHtml('/articles/%ED%95%9C', 'https://newsdao.kr/articles/%ED%95%9C');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/%ED%95%9C">');
    expect(html).toContain('<link rel="canonical" href="https://newsdao.kr/articles/%ED%95%9C">');
  });

  it('are written where a plain file server looks for each form of the old path', () => {
    expect(redirectFilesFor('/a/b.html')).toEqual(['a/b.html']);
    expect(redirectFilesFor('/a/b/')).toEqual(['a/b/index.html']);
    expect(redirectFilesFor('/a/b')).toEqual(['a/b.html', 'a/b/index.html']);
  });
});
