import { describe, expect, test } from 'vitest';

import { buildArchive } from '@/lib/content/archive';
import {
  categoryNamesOf,
  parseCategorySettings,
  unusedCategorySettings,
} from '@/lib/content/category-settings';

import { post } from './support/posts';

describe('_data/categories.yml', () => {
  test('reads { name, slug?, section? } items and plain names, in order', () => {
    const { settings, problems } = parseCategorySettings(
      ['- name: 경제', '- name: 정치 일반', '  slug: politics', '  section: false', '- 사회'].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(settings).toEqual([
      { name: '경제', slug: '경제', section: true, line: 1 },
      { name: '정치 일반', slug: 'politics', section: false, line: 2 },
      { name: '사회', slug: '사회', section: true, line: 5 },
    ]);
  });

  test('names the file, the line and the field of each bad entry, and keeps the good ones', () => {
    const { settings, problems } = parseCategorySettings(
      ['- name: 경제', '- name: 정치', '  section: 네', '- title: 사회', '- name: 경제'].join('\n'),
    );
    expect(settings.map((setting) => setting.slug)).toEqual(['경제']);
    expect(problems).toMatchObject([
      { severity: 'error', file: '_data/categories.yml', line: 2, field: 'categories[1].section' },
      {
        severity: 'error',
        line: 4,
        field: 'categories[2].name',
        message: 'name is missing: every entry needs `name:`',
      },
      { severity: 'error', line: 4, field: 'categories[2]', message: 'unknown field title' },
      {
        severity: 'warning',
        line: 5,
        field: 'categories[3]',
        message: 'names the category 경제 again (first on line 1)',
      },
    ]);
  });

  test('invalid YAML and a file that is not a list are errors with a line', () => {
    expect(parseCategorySettings('- name: [경제').problems).toMatchObject([
      { severity: 'error', field: 'categories' },
    ]);
    expect(parseCategorySettings('name: 경제').problems).toMatchObject([
      { line: 1, message: 'the file is not a list of categories' },
    ]);
    expect(parseCategorySettings('').problems).toEqual([]);
  });

  test('an entry naming no article category is a warning on its line', () => {
    const { settings } = parseCategorySettings(['- 경제', '- 졍치'].join('\n'));
    expect(unusedCategorySettings(settings, new Set(['경제']))).toMatchObject([
      { severity: 'warning', line: 2, message: 'no article has the category 졍치 (졍치)' },
    ]);
  });

  test('fixes display names on the category list and on every article', () => {
    const archive = buildArchive(
      [{ relativePath: '2024-01-01-a.md', source: post(['title: a', 'categories: [news]']) }],
      undefined,
      categoryNamesOf(parseCategorySettings('- name: 뉴스\n  slug: news').settings),
    );
    expect(archive.categories).toEqual([{ slug: 'news', name: '뉴스', count: 1 }]);
    expect(archive.articles[0]?.categories).toEqual([{ slug: 'news', name: '뉴스' }]);
  });
});
