import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { buildArchive } from '@/lib/content/archive';
import {
  categoryNamesOf,
  parseCategorySettings,
  unusedCategorySettings,
} from '@/lib/content/category-settings';
import { readCategorySettings } from '@/lib/content/site-data';

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

  test('fixes display names on the category list and on every article, over the oldest post', () => {
    const archive = buildArchive(
      [
        {
          relativePath: '2024-01-01-a.md',
          source: post(['title: a', 'date: 2024-01-01', 'categories: [News]']),
        },
        {
          relativePath: '2024-02-01-b.md',
          source: post(['title: b', 'date: 2024-02-01', 'categories: [news]']),
        },
        {
          relativePath: '2024-03-01-c.md',
          source: post(['title: c', 'date: 2024-03-01', 'categories: [Sports]']),
        },
      ],
      undefined,
      categoryNamesOf(parseCategorySettings('- name: 뉴스\n  slug: news').settings),
    );
    // The file names `news`; `sports` is not in it, so its oldest post's spelling stays.
    expect(archive.categories).toEqual([
      { slug: 'news', name: '뉴스', count: 2 },
      { slug: 'sports', name: 'Sports', count: 1 },
    ]);
    expect(archive.articles.map((article) => article.categories[0]?.name)).toEqual([
      'Sports',
      '뉴스',
      '뉴스',
    ]);
  });

  test('an absent file is no settings and no message; one that cannot be read is an error naming it', async () => {
    const content = mkdtempSync(path.join(tmpdir(), 'newsdao-categories-'));
    try {
      expect(await readCategorySettings(content)).toEqual({ settings: [], problems: [] });
      mkdirSync(path.join(content, '_data', 'categories.yml'), { recursive: true });
      expect((await readCategorySettings(content)).problems).toMatchObject([
        { severity: 'error', file: '_data/categories.yml', line: 1, field: 'categories' },
      ]);
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  });
});
