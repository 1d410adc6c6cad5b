/** Front-matter shapes Jekyll archives use, and the rule for each. */
import { describe, expect, test } from 'vitest';

import { checkPosts } from '@/lib/content/archive';
import { MAX_POST_CHARACTERS } from '@/lib/content/article-from-post';
import { MAX_FRONT_MATTER_VALUES } from '@/lib/content/front-matter';
import { buildFutureFromEnvironment, holdBackFuturePosts } from '@/lib/content/future-posts';
import { tagsFromFrontMatter } from '@/lib/content/tags';
import { titleFromFileName } from '@/lib/content/titles';

import { build, check, html, lineOf, post } from './support/posts';

describe('tags', () => {
  test('a string is split on spaces, a list item is one tag, `tag` is one tag', () => {
    expect(tagsFromFrontMatter({ tags: '경찰 보안', tag: '산업 보안' })).toEqual([
      '경찰',
      '보안',
      '산업 보안',
    ]);
    expect(build(post(['title: 제목', "tags: ['산업 보안', [중첩]]"])).tags).toEqual(['산업 보안', '중첩']);
  });

  test('repeats, empty names and zero-width characters go; NFD becomes NFC', () => {
    expect(tagsFromFrontMatter({ tags: ['경찰', '경찰'.normalize('NFD'), '\u200b', '보\u200b안'] })).toEqual([
      '경찰',
      '보안',
    ]);
  });

  test('no tags gives an empty list; a number is a tag as written', () => {
    expect(build(post(['title: 제목'])).tags).toEqual([]);
    expect(build(post(['title: 제목', 'tags: [2024, 1.50]'])).tags).toEqual(['2024', '1.50']);
  });

  test('tags as a mapping is an error on its line', () => {
    const source = post(['title: 제목', 'tags: {a: 1}']);
    expect(check(source).problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'tags', line: lineOf(source, 'tags: {a: 1}') }),
    ]);
  });
});

describe('titleFromFileName', () => {
  test("Jekyll's rule: date removed, hyphens to spaces, each word capitalised (the rest as written)", () => {
    expect(titleFromFileName('2023-09-18-police-sme-security')).toBe('Police Sme Security');
    expect(titleFromFileName('2023-09-18-SME-report')).toBe('SME Report');
    expect(titleFromFileName('경찰-발표')).toBe('경찰 발표');
  });
});

describe('images', () => {
  test('image wins over feature_image', () => {
    expect(build(post(['title: 제목', 'image: /a.jpg', 'feature_image: /b.jpg'])).image?.src).toBe('/a.jpg');
  });

  test('an empty feature_image is an error on its line', () => {
    const source = post(['title: 제목', 'feature_image: ""']);
    expect(check(source).problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'feature_image',
        line: lineOf(source, 'feature_image: ""'),
      }),
    ]);
  });
});

describe('excerpts', () => {
  test('<!--more--> ends the excerpt even when excerpt_separator is not set', () => {
    const article = build(post(['title: 제목'], '요약 문단.\n\n<!--more-->\n\n나머지 본문.'));
    expect(article.excerpt).toBe('요약 문단.');
    expect(html(article.body)).toContain('나머지 본문.');
  });

  test('an excerpt_separator the body never contains is a warning on its line; the excerpt is derived', () => {
    const source = post(['title: 제목', 'excerpt_separator: "[[더보기]]"'], '본문 전체.');
    const result = check(source);
    expect(result.article?.excerpt).toBe('본문 전체.');
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'excerpt_separator',
        line: lineOf(source, 'excerpt_separator: "[[더보기]]"'),
      }),
    ]);
  });

  test('a marker shown inside fenced code is code, not the end of the excerpt', () => {
    const article = build(
      post(['title: 제목'], '글머리.\n\n```html\n<!--more-->\n```\n\n진짜 요약 끝.\n<!--more-->\n나머지.'),
    );
    expect(html(article.body)).toContain('&#x3C;!--more-->');
    expect(article.excerpt).toBe('글머리. <!--more--> 진짜 요약 끝.');
  });

  test('a front-matter excerpt wins over the separator', () => {
    expect(build(post(['title: 제목', 'excerpt: 직접 쓴 요약'], '앞.\n<!--more-->\n뒤.')).excerpt).toBe(
      '직접 쓴 요약',
    );
  });

  test('a missing excerpt is about 160 characters of plain text', () => {
    const excerpt = build(post(['title: 제목'], '**굵게** 쓴 ' + '긴 문장입니다 '.repeat(40))).excerpt;
    expect(excerpt.length).toBeLessThanOrEqual(161);
    expect(excerpt).toMatch(/^굵게 쓴 긴 문장입니다/);
    expect(excerpt.endsWith('…')).toBe(true);
  });
});

describe('dates from the file name and front matter', () => {
  test('the same day in both: no warning', () => {
    expect(check(post(['title: 제목', 'date: 2024-01-02 18:00:00 +0900'])).problems).toEqual([]);
  });

  test('a different day: front matter wins, with a warning on the date line', () => {
    const source = post(['title: 제목', 'date: 2024-01-05']);
    const result = check(source);
    expect(result.article?.date.toISOString()).toBe('2024-01-04T15:00:00.000Z');
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'date',
        line: lineOf(source, 'date: 2024-01-05'),
      }),
    ]);
  });

  test('a date with a zone name in front matter', () => {
    expect(build(post(['title: 제목', 'date: 2024-01-02 09:00:00 Asia/Seoul'])).date.toISOString()).toBe(
      '2024-01-02T00:00:00.000Z',
    );
  });
});

describe('future posts', () => {
  const future = { relativePath: '2030-01-01-later.md', source: post(['title: 나중']) };
  const now = new Date('2029-12-31T14:59:59Z');

  test('held back unless asked, named in a warning on the date line', () => {
    const withDate = { relativePath: 'later.md', source: post(['title: 나중', 'date: 2030-01-01']) };
    const { articles, problems } = checkPosts([withDate], undefined, { now, buildFuture: false });
    expect(articles).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        file: 'later.md',
        field: 'date',
        line: lineOf(withDate.source, 'date: 2030-01-01'),
      }),
    ]);
  });

  test('built with buildFuture, and once its time has come', () => {
    expect(checkPosts([future], undefined, { now, buildFuture: true }).articles).toHaveLength(1);
    expect(
      checkPosts([future], undefined, { now: new Date('2029-12-31T15:00:00Z'), buildFuture: false }).articles,
    ).toHaveLength(1);
  });

  test('BUILD_FUTURE=1, true or yes turns it on; anything else leaves it off', () => {
    expect(['1', 'true', 'YES'].map((value) => buildFutureFromEnvironment({ BUILD_FUTURE: value }))).toEqual([
      true,
      true,
      true,
    ]);
    expect(['', '0', 'no'].map((value) => buildFutureFromEnvironment({ BUILD_FUTURE: value }))).toEqual([
      false,
      false,
      false,
    ]);
    expect(buildFutureFromEnvironment({})).toBe(false);
  });

  test('holdBackFuturePosts keeps past posts untouched', () => {
    const past = build(post(['title: 지난 글']));
    expect(holdBackFuturePosts([past], now, false)).toEqual({ articles: [past], problems: [] });
  });
});

describe('limits', () => {
  test(`a file over ${MAX_POST_CHARACTERS} characters is refused before it is parsed`, () => {
    const result = check(post(['title: 큰 글'], '가'.repeat(MAX_POST_CHARACTERS)));
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'file',
        message: expect.stringContaining(`more than the ${MAX_POST_CHARACTERS}`),
      }),
    ]);
  });

  test('a YAML alias bomb is refused, without expanding it', () => {
    const bomb = ['title: 폭탄', 'a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
      ['f', 'e'],
      ['g', 'f'],
      ['h', 'g'],
    ]) {
      bomb.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(', ')}]`);
    }
    const result = check(post(bomb));
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'front matter',
        message: expect.stringContaining(`more than ${MAX_FRONT_MATTER_VALUES} values`),
      }),
    ]);
  });

  test('a few aliases within the limit are fine', () => {
    expect(
      build(post(['title: 별칭', 'x: &x 경제', 'categories: [*x]'])).categories.map(
        (category) => category.name,
      ),
    ).toEqual(['경제']);
  });
});

describe('empty fields', () => {
  test('`date:`, `image:` and `categories:` with nothing after them count as not set', () => {
    const article = build(post(['title: 제목', 'date:', 'image:', 'categories:', 'published:']));
    expect(article.date.toISOString()).toBe('2024-01-01T15:00:00.000Z');
    expect(article.image).toBeUndefined();
    expect(article.categories).toEqual([]);
  });
});

describe('picture addresses', () => {
  test.each([
    'javascript:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    'vbscript:x',
    'JAVASCRIPT:alert(1)',
  ])('image %s is an error on its line', (value) => {
    const source = post(['title: 제목', `image: "${value}"`]);
    expect(check(source).problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'image',
        line: lineOf(source, `image: "${value}"`),
      }),
    ]);
  });

  test('the same holds for { path } and feature_image', () => {
    expect(check(post(['title: 제목', 'image: { path: "javascript:alert(1)" }'])).problems).toEqual([
      expect.objectContaining({ field: 'image' }),
    ]);
    expect(check(post(['title: 제목', 'feature_image: "javascript:alert(1)"'])).problems).toEqual([
      expect.objectContaining({ field: 'feature_image' }),
    ]);
  });

  test('site paths, relative paths and http(s) addresses are fine', () => {
    for (const value of [
      '/assets/a.jpg',
      'assets/a.jpg',
      'https://blog.kakaocdn.net/a.jpg',
      'http://example.com/a.png',
    ]) {
      expect(build(post(['title: 제목', `image: "${value}"`])).image?.src).toBe(value);
    }
  });
});
