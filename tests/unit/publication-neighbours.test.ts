import { describe, expect, test } from 'vitest';

import { adjacentArticles } from '@/lib/article-neighbours';
import { buildArchive } from '@/lib/content/archive';

import { post } from './support/posts';

const file = (relativePath: string, categories: string) => ({
  relativePath,
  source: post([`title: ${relativePath}`, `categories: [${categories}]`]),
});

const archive = buildArchive([
  file('2024-01-01-a.md', '경제'),
  file('2024-01-02-b.md', '정치'),
  file('2024-01-03-c.md', '경제'),
  file('2024-01-04-d.md', '경제, 정치'),
  file('2024-01-05-e.md', '경제'),
]);

describe('adjacentArticles', () => {
  test('are the articles published just after and just before, across categories', () => {
    const { newer, older } = adjacentArticles(archive, '2024-01-03-c');
    expect([newer?.slug, older?.slug]).toEqual(['2024-01-04-d', '2024-01-02-b']);
  });

  test('the newest article has no newer one, the oldest no older one', () => {
    expect(adjacentArticles(archive, '2024-01-05-e').newer).toBeUndefined();
    expect(adjacentArticles(archive, '2024-01-01-a').older).toBeUndefined();
  });
});
