import { describe, expect, test } from 'vitest';

import { checkPosts } from '@/lib/content/archive';
import { frontMatterLegacyPaths, type LegacyPathInput } from '@/lib/content/front-matter-legacy-paths';

import { build, check, lineOf, post } from './support/posts';

const base: LegacyPathInput = {
  permalink: undefined,
  redirectFrom: undefined,
  date: new Date('2023-09-17T15:30:00Z'),
  titleSlug: 'hello',
  categorySlugs: ['경제', '사회'],
  canonicalPath: '/articles/2023-09-18-hello',
};

describe('frontMatterLegacyPaths', () => {
  test("permalink placeholders take the post's Seoul date, name and categories", () => {
    expect(
      frontMatterLegacyPaths({ ...base, permalink: '/:categories/:year/:month/:day/:title:output_ext' })
        .paths,
    ).toEqual(['/경제/사회/2023/09/18/hello.html']);
    expect(
      frontMatterLegacyPaths({ ...base, permalink: '/:short_year/:i_month/:i_day/:hour:minute/:slug/' })
        .paths,
    ).toEqual(['/23/9/18/0030/hello/']);
  });

  test('redirect_from as one string or a list, each path starting with one /', () => {
    expect(frontMatterLegacyPaths({ ...base, redirectFrom: 'old/path' }).paths).toEqual(['/old/path']);
    expect(frontMatterLegacyPaths({ ...base, redirectFrom: ['//a', '/b/'] }).paths).toEqual(['/a', '/b/']);
  });

  test('percent-encoded paths are decoded and NFC; query and fragment go', () => {
    const nfd = '/뉴스'.normalize('NFD');
    expect(
      frontMatterLegacyPaths({ ...base, redirectFrom: ['/%EB%89%B4%EC%8A%A4?x=1#top', nfd] }).paths,
    ).toEqual(['/뉴스']);
  });

  test('a full URL gives its path', () => {
    expect(
      frontMatterLegacyPaths({ ...base, redirectFrom: 'https://old.example.com/2023/hello.html?utm=x' })
        .paths,
    ).toEqual(['/2023/hello.html']);
  });

  test('dot segments are resolved, so a path cannot climb', () => {
    expect(frontMatterLegacyPaths({ ...base, redirectFrom: '/a/../../b' }).paths).toEqual(['/b']);
  });

  test("the article's own URL is not a legacy path", () => {
    expect(
      frontMatterLegacyPaths({
        ...base,
        redirectFrom: ['/articles/2023-09-18-hello', '/articles/2023-09-18-hello/'],
      }).paths,
    ).toEqual([]);
  });

  test('the site root and unknown placeholders are refused with a note, not silently', () => {
    const result = frontMatterLegacyPaths({ ...base, permalink: '/:author/:title', redirectFrom: '/' });
    expect(result.paths).toEqual([]);
    expect(result.notes.map((note) => [note.field, note.message])).toEqual([
      ['permalink', 'the placeholder :author is not one Jekyll fills in for a post'],
      ['redirect_from', 'the site root cannot redirect to one article'],
    ]);
  });
});

describe('legacy paths of an article', () => {
  test('permalink and redirect_from become legacyPaths', () => {
    const article = build(
      post(['title: 제목', 'permalink: /2024/01/02/old.html', 'redirect_from: [/a, /b]']),
    );
    expect(article.legacyPaths).toEqual(['/2024/01/02/old.html', '/a', '/b']);
  });

  test('a note is a warning on the field line', () => {
    const source = post(['title: 제목', 'redirect_from: /']);
    expect(check(source).problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'redirect_from',
        line: lineOf(source, 'redirect_from: /'),
      }),
    ]);
  });

  test('redirect_from that is not text is an error', () => {
    expect(check(post(['title: 제목', 'redirect_from: {a: 1}'])).problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'redirect_from' }),
    ]);
  });

  test('two posts claiming one old address: an error naming both', () => {
    const { problems } = checkPosts([
      { relativePath: '2024-01-01-a.md', source: post(['title: 가', 'redirect_from: /old']) },
      { relativePath: '2024-01-02-b.md', source: post(['title: 나', 'redirect_from: /old/']) },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: '2024-01-02-b.md',
        line: 3,
        message: 'the old address /old/ is also an old address of 2024-01-01-a.md',
      }),
    ]);
  });

  test('a permalink that is another article URL is named on the permalink line', () => {
    const source = post(['title: 나', 'date: 2024-01-02', 'permalink: /articles/2024-01-01-a']);
    const { problems } = checkPosts([
      { relativePath: '2024-01-01-a.md', source: post(['title: 가']) },
      { relativePath: '2024-01-02-b.md', source },
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'permalink',
        line: lineOf(source, 'permalink: /articles/2024-01-01-a'),
      }),
    ]);
  });
});
