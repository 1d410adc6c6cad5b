import { describe, expect, test } from 'vitest';

import { buildArchive } from '@/lib/content/archive';
import { catchAllCategorySlugs } from '@/lib/content/catch-all';
import { relatedArticles } from '@/lib/related-articles';

import { post } from './support/posts';

const file = (day: number, categories: string, tags = '') => ({
  relativePath: `2024-01-${String(day).padStart(2, '0')}-a${day}.md`,
  source: post([`title: 기사 ${day}`, `categories: [${categories}]`, ...(tags ? [`tags: [${tags}]`] : [])]),
});

const archive = buildArchive([
  file(1, 'News, 경제', '물가, 금리'),
  file(2, 'News, 정치', '금리'),
  file(3, 'News, 경제'),
  file(4, 'News', '물가'),
  file(5, 'News, 경제', '물가, 금리'),
  file(6, 'News'),
  file(7, 'News, 정치'),
]);
const related = (day: number) => {
  const article = archive.bySlug.get(`2024-01-0${day}-a${day}`);
  if (!article) throw new Error('missing fixture');
  return relatedArticles(archive, article).map((found) => found.slug);
};

describe('catchAllCategorySlugs', () => {
  test('is the category holding more than half the articles, and only that', () => {
    expect([...catchAllCategorySlugs(archive)]).toEqual(['news']);
  });
});

describe('relatedArticles', () => {
  test('rank by shared tags, then shared categories other than the catch-all, then recency', () => {
    // a5 shares 물가 and 금리; a4 and a2 one tag each (a4 newer); a3 only 경제; the catch-all News adds nothing.
    expect(related(1)).toEqual(['2024-01-05-a5', '2024-01-04-a4', '2024-01-02-a2', '2024-01-03-a3']);
  });

  test('an article with no tags and only the catch-all has no related articles', () => {
    expect(related(6)).toEqual([]);
  });

  test('without tags, articles of the same (non-catch-all) category, newest first', () => {
    expect(related(3)).toEqual(['2024-01-05-a5', '2024-01-01-a1']);
  });

  test('reads the tag index: a tag on every article of a large archive still yields the limit', () => {
    const big = buildArchive(
      Array.from({ length: 400 }, (_, index) => ({
        relativePath: `2024-02-01-b${index}.md`,
        source: post([`title: b${index}`, 'tags: [공통]']),
      })),
    );
    const first = big.articles[0];
    if (!first) throw new Error('empty');
    expect(relatedArticles(big, first)).toHaveLength(5);
    expect(big.byTag.get('공통')).toHaveLength(400);
    // It renders 400 posts: past vitest's 5 s default on the loaded 2-core machine, like its siblings.
  }, 30_000);
});
