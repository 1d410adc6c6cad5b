import { describe, expect, test } from 'vitest';

import { fixedPagesFromFiles, pagePathFrom } from '@/lib/content/site/fixed-pages';
import { reservedPageRouteOf } from '@/lib/reserved-paths';

const page = (relativePath: string, frontMatter: string[], body = '본문') => ({
  relativePath,
  source: ['---', ...frontMatter, '---', body].join('\n'),
});

describe('_pages/', () => {
  test('a page lives at its permalink, or at /<file name> without one', () => {
    const { pages, problems } = fixedPagesFromFiles([
      page('_pages/about.md', ['title: 회사소개', 'permalink: /about/']),
      page('_pages/기사제보.md', ['title: 기사제보']),
    ]);
    expect(problems).toEqual([]);
    expect(pages.map((found) => [found.path, found.title])).toEqual([
      ['/about', '회사소개'],
      ['/기사제보', '기사제보'],
    ]);
  });

  test('footer order: nav_order first, then file order', () => {
    const { pages } = fixedPagesFromFiles([
      page('_pages/a.md', ['title: A']),
      page('_pages/b.md', ['title: B', 'nav_order: 2']),
      page('_pages/c.md', ['title: C', 'nav_order: 1']),
      page('_pages/d.md', ['title: D']),
    ]);
    expect(pages.map((found) => found.title)).toEqual(['C', 'B', 'A', 'D']);
  });

  test("a permalink that is one of the site's routes is an error at its line", () => {
    for (const permalink of [
      '/articles/x',
      '/categories/',
      '/feed.xml',
      '/sitemap.xml',
      '/search',
      '/search.html',
      '/',
      '/reporters/hong',
      '/page/2',
    ]) {
      const { pages, problems } = fixedPagesFromFiles([
        page('_pages/x.md', ['title: X', `permalink: ${permalink}`]),
      ]);
      expect(pages).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ severity: 'error', line: 3, field: 'permalink' })]);
    }
  });

  test('two pages at one address, a bad nav_order and unclosed front matter are errors', () => {
    const { problems } = fixedPagesFromFiles([
      page('_pages/a.md', ['title: A', 'permalink: /about']),
      page('_pages/b.md', ['title: B', 'permalink: /about.html']),
      page('_pages/c.md', ['title: C', 'nav_order: first']),
      { relativePath: '_pages/d.md', source: '---\ntitle: D\n' },
    ]);
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['_pages/b.md', 'permalink'],
      ['_pages/c.md', 'nav_order'],
      ['_pages/d.md', 'front matter'],
    ]);
  });

  test('a page without a title is titled after its file, with a warning', () => {
    const { pages, problems } = fixedPagesFromFiles([
      { relativePath: '_pages/privacy.md', source: '개인정보처리방침 본문' },
    ]);
    expect(pages[0]?.title).toBe('privacy');
    expect(problems[0]).toMatchObject({ severity: 'warning', field: 'title' });
  });

  test('permalinks are normalised; a path with .. is refused', () => {
    expect(pagePathFrom('/%ED%9A%8C%EC%82%AC%EC%86%8C%EA%B0%9C/')).toBe('/회사소개');
    expect(pagePathFrom('about/index.html')).toBe('/about');
    expect(pagePathFrom('/../etc')).toBeUndefined();
  });

  test('a title and description are read as a theme prints them: entities decoded, invisible characters gone', () => {
    const { pages } = fixedPagesFromFiles([
      page('_pages/about.md', ['title: "회사&nbsp;소개&#x202E;"', 'description: "A &amp; B\u200b"']),
    ]);
    expect(pages[0]).toMatchObject({ title: '회사\u00a0소개', description: 'A & B' });
  });
});

test('reservedPageRouteOf names the route that owns a page path, /articles/… included, and leaves free paths free', () => {
  expect(reservedPageRouteOf('/articles/abc')).toMatch(/articles/);
  expect(reservedPageRouteOf('/Categories.html')).toMatch(/categories/);
  expect(reservedPageRouteOf('/sitemap')).toMatch(/sitemap/);
  expect(reservedPageRouteOf('/privacy')).toBeUndefined();
  expect(reservedPageRouteOf('/about')).toBeUndefined();
});
