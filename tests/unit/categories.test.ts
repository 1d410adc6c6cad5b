import { describe, expect, test } from 'vitest';

import { categoriesFromFrontMatter } from '@/lib/content/categories';

import { build, check, post } from './support/posts';

const categoriesOf = (frontMatter: string[]) => build(post(['title: 제목', ...frontMatter])).categories;

describe('categories from front matter', () => {
  test('a YAML list gives one category per item', () => {
    expect(categoriesOf(['categories:', '  - News', '  - Economy'])).toEqual([
      { name: 'News', slug: 'news' },
      { name: 'Economy', slug: 'economy' },
    ]);
  });

  test('a flow list gives one category per item', () => {
    expect(categoriesOf(['categories: [News, Economy]'])).toEqual([
      { name: 'News', slug: 'news' },
      { name: 'Economy', slug: 'economy' },
    ]);
  });

  test('a space-separated string is split on spaces, as Jekyll does', () => {
    expect(categoriesOf(['categories: News Economy  Politics'])).toEqual([
      { name: 'News', slug: 'news' },
      { name: 'Economy', slug: 'economy' },
      { name: 'Politics', slug: 'politics' },
    ]);
  });

  test('a comma-separated string is split on the commas too (Jekyll would keep them in the names)', () => {
    expect(categoriesOf(['categories: "경제, 사회,정치"'])).toEqual([
      { name: '경제', slug: '경제' },
      { name: '사회', slug: '사회' },
      { name: '정치', slug: '정치' },
    ]);
  });

  test('a list item with a space is one category, not split', () => {
    expect(categoriesOf(['categories:', '  - Breaking News'])).toEqual([
      { name: 'Breaking News', slug: 'breaking-news' },
    ]);
  });

  test('singular `category` is one name with its spaces kept', () => {
    expect(categoriesOf(['category: Breaking News'])).toEqual([
      { name: 'Breaking News', slug: 'breaking-news' },
    ]);
  });

  test('`categories` and `category` together, `categories` first', () => {
    expect(categoriesOf(['category: 속보', 'categories: News'])).toEqual([
      { name: 'News', slug: 'news' },
      { name: '속보', slug: '속보' },
    ]);
  });

  test('a list nested three deep is flattened too', () => {
    expect(
      build(post(['title: 제목', 'categories: [[경제, [금융, [증권]]], 사회]'])).categories.map(
        (category) => category.name,
      ),
    ).toEqual(['경제', '금융', '증권', '사회']);
  });

  test('a nested list is flattened in order', () => {
    expect(categoriesOf(['categories:', '  - [News, Economy]', '  - Politics'])).toEqual([
      { name: 'News', slug: 'news' },
      { name: 'Economy', slug: 'economy' },
      { name: 'Politics', slug: 'politics' },
    ]);
  });

  test('Korean names keep their Hangul in the slug', () => {
    expect(categoriesOf(['categories: [경제, 사회 정책]'])).toEqual([
      { name: '경제', slug: '경제' },
      { name: '사회 정책', slug: '사회-정책' },
    ]);
  });

  test('a Korean name written in NFD (macOS) is stored in NFC', () => {
    const [category] = categoriesOf([`category: ${'경제'.normalize('NFD')}`]);
    expect(category).toEqual({ name: '경제', slug: '경제' });
  });

  test('duplicates by slug are merged, keeping the first spelling', () => {
    expect(categoriesOf(['categories: [News, news, " NEWS "]', 'category: news'])).toEqual([
      { name: 'News', slug: 'news' },
    ]);
  });

  test('a number as a category name is text', () => {
    expect(categoriesOf(['categories: [2024, News]'])).toEqual([
      { name: '2024', slug: '2024' },
      { name: 'News', slug: 'news' },
    ]);
  });

  test('a name with no letters or digits is dropped', () => {
    expect(categoriesOf(['categories: ["!!!", News]'])).toEqual([{ name: 'News', slug: 'news' }]);
  });

  test('no categories gives an empty list', () => {
    expect(categoriesOf([])).toEqual([]);
  });

  test('a mapping as categories is an error on the categories field', () => {
    const result = check(post(['title: 제목', 'categories:', '  news: true']));
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'categories', line: 3 }),
    ]);
  });
});

describe('categoriesFromFrontMatter', () => {
  test('splits a `categories` string but not a `category` string', () => {
    expect(categoriesFromFrontMatter({ categories: 'a b', category: 'c d' })).toEqual([
      { name: 'a', slug: 'a' },
      { name: 'b', slug: 'b' },
      { name: 'c d', slug: 'c-d' },
    ]);
  });

  test('ignores the empty pieces of a string with extra spaces', () => {
    expect(categoriesFromFrontMatter({ categories: '  a   b  ' })).toEqual([
      { name: 'a', slug: 'a' },
      { name: 'b', slug: 'b' },
    ]);
  });
});
