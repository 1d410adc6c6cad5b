import { describe, expect, it } from 'vitest';

import { archiveOf, buildArchive, checkPosts, newestFirst } from '@/lib/content/archive';

const post = (relativePath: string, date: string, category: string) => ({
  relativePath,
  source: ['---', 'title: 제목', `date: ${date}`, `categories: ["${category}"]`, '---', '본문'].join('\n'),
});

describe('category display names', () => {
  it('the oldest post (by date, then path) fixes the display name; a newer spelling does not rename it', () => {
    const archive = buildArchive([
      post('2024-06-01-c.md', '2024-06-01', 'news'),
      post('2024-01-01-b.md', '2024-01-01', 'News'),
      post('2024-01-01-a.md', '2024-01-01', 'NEWS'),
    ]);
    expect(archive.categories).toEqual([{ slug: 'news', name: 'NEWS', count: 3 }]);
    expect(archive.articles.map((article) => article.categories)).toEqual([
      [{ slug: 'news', name: 'NEWS' }],
      [{ slug: 'news', name: 'NEWS' }],
      [{ slug: 'news', name: 'NEWS' }],
    ]);
    expect(archive.bySlug.get('2024-06-01-c')?.categories[0]?.name).toBe('NEWS');
  });

  it('a name the site sets for a category wins over every post', () => {
    const { articles, problems } = checkPosts([
      post('2024-01-01-a.md', '2024-01-01', 'news'),
      post('2024-02-01-b.md', '2024-02-01', 'News'),
    ]);
    const archive = archiveOf(articles.sort(newestFirst), problems, new Map([['news', '뉴스 News']]));
    expect(archive.categories).toEqual([{ slug: 'news', name: '뉴스 News', count: 2 }]);
    expect(archive.articles.every((article) => article.categories[0]?.name === '뉴스 News')).toBe(true);
  });
});

describe('look-alike category names', () => {
  it('warns on a name that mixes Latin and Cyrillic letters, naming the file and the categories line', () => {
    const { problems } = checkPosts([post('2024-01-01-a.md', '2024-01-01', 'Рolitics')]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: '2024-01-01-a.md',
        line: 4,
        field: 'categories',
        severity: 'warning',
        message: expect.stringContaining('mixes Latin and Cyrillic letters'),
      }),
    ]);
  });

  it('warns on a second category that looks like an older one but is spelled with other letters', () => {
    const { problems } = checkPosts([
      post('2024-03-01-b.md', '2024-03-01', 'РОР'),
      post('2024-01-01-a.md', '2024-01-01', 'POP'),
    ]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: '2024-03-01-b.md',
        severity: 'warning',
        message: expect.stringContaining('"РОР" looks like "POP" (2024-01-01-a.md)'),
      }),
    ]);
  });

  it('does not warn on Korean with Hanja or Latin, on plain Cyrillic or Greek, or on one category spelled two ways', () => {
    const { problems } = checkPosts([
      post('2024-01-01-a.md', '2024-01-01', '經濟 경제'),
      post('2024-01-02-b.md', '2024-01-02', 'IT 산업'),
      post('2024-01-03-c.md', '2024-01-03', 'Новости'),
      post('2024-01-04-d.md', '2024-01-04', 'Ειδήσεις'),
      post('2024-01-05-e.md', '2024-01-05', 'Breaking News'),
      post('2024-01-06-f.md', '2024-01-06', 'breaking news'),
    ]);
    expect(problems.filter((problem) => problem.field === 'categories')).toEqual([]);
  });
});
