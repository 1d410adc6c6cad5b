import { describe, expect, test } from 'vitest';

import { buildArchive } from '@/lib/content/archive';
import { parseCategorySettings } from '@/lib/content/category-settings';
import { frontPage, leadStory, sectionCategories } from '@/lib/front-page';

import { post } from './support/posts';

const file = (day: number, categories: string, extra: string[] = []) => ({
  relativePath: `2024-03-${String(day).padStart(2, '0')}-s${day}.md`,
  source: post([
    `title: 기사 ${day}`,
    `date: 2024-03-${String(day).padStart(2, '0')} 09:00:00 +0900`,
    `categories: [${categories}]`,
    ...extra,
  ]),
});

const archive = buildArchive([
  file(1, 'News, 정치'),
  file(2, 'News, 경제'),
  file(3, 'News, 경제'),
  file(4, 'News, 사회'),
  file(5, 'News, 경제', ['breaking: true']),
  file(6, 'News, 정치'),
  file(7, 'News, 경제'),
  file(8, 'News, 사회'),
  file(9, 'News, 정치'),
  file(10, 'News, 경제'),
]);

describe('leadStory', () => {
  test('is the newest breaking article of the last 48 hours', () => {
    expect(leadStory(archive.articles, new Date('2024-03-06T12:00:00+09:00'))?.slug).toBe('2024-03-05-s5');
  });

  test('is the newest article once the breaking story is older than 48 hours', () => {
    expect(leadStory(archive.articles, new Date('2024-03-08T12:00:00+09:00'))?.slug).toBe('2024-03-10-s10');
  });
});

describe('sectionCategories', () => {
  test('without settings: most articles first, leaving out the catch-all', () => {
    expect(sectionCategories(archive, []).map((category) => category.slug)).toEqual(['경제', '정치', '사회']);
  });

  test('with _data/categories.yml: its order, without section: false entries', () => {
    const { settings } = parseCategorySettings('- 사회\n- name: 경제\n  section: false\n- 정치\n- 없는분류');
    expect(sectionCategories(archive, settings).map((category) => category.slug)).toEqual(['사회', '정치']);
  });
});

describe('frontPage', () => {
  test('the lead, six stories, then sections holding only articles not shown above', () => {
    const page = frontPage(archive, [], new Date('2024-03-06T12:00:00+09:00'));
    expect(page.lead?.slug).toBe('2024-03-05-s5');
    expect(page.stories.map((story) => story.slug)).toEqual([
      '2024-03-10-s10',
      '2024-03-09-s9',
      '2024-03-08-s8',
      '2024-03-07-s7',
      '2024-03-06-s6',
      '2024-03-04-s4',
    ]);
    expect(
      page.sections.map((section) => [
        section.category.slug,
        section.articles.map((article) => article.slug),
      ]),
    ).toEqual([
      ['경제', ['2024-03-03-s3', '2024-03-02-s2']],
      ['정치', ['2024-03-01-s1']],
    ]);
  });
});
