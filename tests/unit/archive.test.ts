import { describe, expect, test } from 'vitest';

import { buildArchive, checkPosts } from '@/lib/content/archive';
import type { PostFile } from '@/lib/content/article-from-post';
import { ContentError, formatProblem } from '@/lib/content/problems';

import { post } from './support/posts';

function file(relativePath: string, frontMatter: string[], body = '본문'): PostFile {
  return { relativePath, source: post(frontMatter, body) };
}

const oldest = file('2023-01-05-old.md', ['title: 오래된 기사', 'categories: [News, 경제]']);
const middle = file('2023-06-01-middle.md', ['title: 중간 기사', 'categories: [경제]']);
const newest = file('2024-02-10-new.md', ['title: 새 기사', 'categories: [경제, 정치]']);

describe('buildArchive', () => {
  test('articles are newest first, whatever the file order', () => {
    const archive = buildArchive([oldest, newest, middle]);
    expect(archive.articles.map((article) => article.slug)).toEqual([
      '2024-02-10-new',
      '2023-06-01-middle',
      '2023-01-05-old',
    ]);
  });

  test('articles on the same instant are ordered by slug, so the order is stable', () => {
    const a = file('b-second.md', ['title: 둘', 'date: 2024-01-01']);
    const b = file('a-first.md', ['title: 하나', 'date: 2024-01-01']);
    expect(buildArchive([a, b]).articles.map((article) => article.slug)).toEqual(['a-first', 'b-second']);
  });

  test('time of day counts when ordering', () => {
    const morning = file('morning.md', ['title: 아침', 'date: 2024-01-01 08:00']);
    const evening = file('evening.md', ['title: 저녁', 'date: 2024-01-01 20:00']);
    expect(buildArchive([morning, evening]).articles.map((article) => article.slug)).toEqual([
      'evening',
      'morning',
    ]);
  });

  test('categories are counted, most articles first, then by name in Korean order (Hangul before Latin)', () => {
    const archive = buildArchive([oldest, middle, newest]);
    expect(archive.categories).toEqual([
      { slug: '경제', name: '경제', count: 3 },
      { slug: '정치', name: '정치', count: 1 },
      { slug: 'news', name: 'News', count: 1 },
    ]);
  });

  test('categories with equal counts are ordered 가나다', () => {
    const archive = buildArchive([file('2024-01-01-a.md', ['title: 가', 'categories: [정치, 경제, 사회]'])]);
    expect(archive.categories.map((category) => category.name)).toEqual(['경제', '사회', '정치']);
  });

  test('each category lists its articles newest first', () => {
    const archive = buildArchive([oldest, middle, newest]);
    expect(archive.byCategory.get('경제')?.map((article) => article.slug)).toEqual([
      '2024-02-10-new',
      '2023-06-01-middle',
      '2023-01-05-old',
    ]);
    expect(archive.byCategory.get('news')?.map((article) => article.slug)).toEqual(['2023-01-05-old']);
  });

  test('a category spelled differently in two posts is one category, named as its oldest post spells it', () => {
    const archive = buildArchive([
      file('2024-01-02-a.md', ['title: 가', 'category: Breaking News']),
      file('2024-01-01-b.md', ['title: 나', 'category: breaking news']),
    ]);
    expect(archive.categories).toEqual([{ slug: 'breaking-news', name: 'breaking news', count: 2 }]);
  });

  test('articles are found by slug', () => {
    const archive = buildArchive([oldest, newest]);
    expect(archive.bySlug.get('2023-01-05-old')?.title).toBe('오래된 기사');
    expect(archive.bySlug.get('missing')).toBeUndefined();
  });

  test('an empty content folder gives an empty archive', () => {
    expect(buildArchive([])).toMatchObject({ articles: [], categories: [], warnings: [] });
  });

  test('an unpublished post is left out and kept as a warning', () => {
    const draft = file('2024-03-01-draft.md', ['title: 초안', 'published: false']);
    const archive = buildArchive([oldest, draft]);
    expect(archive.articles.map((article) => article.slug)).toEqual(['2023-01-05-old']);
    expect(archive.warnings).toEqual([
      expect.objectContaining({ severity: 'warning', file: '2024-03-01-draft.md', field: 'published' }),
    ]);
  });

  test('two files with the same slug are an error naming both files', () => {
    const first = file('news/2024-01-02-same.md', ['title: 하나']);
    const second = file('opinion/2024-01-02-same.md', ['title: 둘']);
    let caught: unknown;
    try {
      buildArchive([first, second]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    const problems = (caught as ContentError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      severity: 'error',
      file: 'opinion/2024-01-02-same.md',
      field: 'file name',
    });
    expect(problems[0]!.message).toContain('news/2024-01-02-same.md');
    expect(problems[0]!.message).toContain('/articles/2024-01-02-same');
    expect((caught as ContentError).message).toContain('news/2024-01-02-same.md');
    expect((caught as ContentError).message).toContain('opinion/2024-01-02-same.md');
  });

  test('file names differing only in case or extension collide too', () => {
    const result = checkPosts([
      file('2024-01-02-Same.md', ['title: 하나']),
      file('2024-01-02-same.markdown', ['title: 둘']),
    ]);
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', file: '2024-01-02-same.markdown' }),
    ]);
    expect(result.problems[0]!.message).toContain('2024-01-02-Same.md');
  });

  test('all problems across several files are reported at once', () => {
    const files: PostFile[] = [
      oldest,
      { relativePath: 'empty.md', source: '' },
      file('2024-01-02-list-title.md', ['title: [하나, 둘]']),
      { relativePath: '2024-01-03-bad-yaml.md', source: post(['title: 제목', 'title: 또']) },
      file('2023-02-30-bad-date.md', ['title: 날짜 오류']),
      file('2024-03-01-draft.md', ['title: 초안', 'published: false']),
    ];
    let caught: unknown;
    try {
      buildArchive(files);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ContentError);
    const error = caught as ContentError;
    const errorFiles = error.problems
      .filter((problem) => problem.severity === 'error')
      .map((problem) => problem.file);
    expect(errorFiles).toEqual([
      'empty.md',
      '2024-01-02-list-title.md',
      '2024-01-03-bad-yaml.md',
      '2023-02-30-bad-date.md',
    ]);
    // The message counts and lists every error (not the warning), one per line, as file:line:column.
    expect(error.message).toMatch(/^콘텐츠 오류 4건/);
    for (const problem of error.problems.filter((item) => item.severity === 'error')) {
      expect(error.message).toContain(formatProblem(problem));
    }
    expect(error.message).not.toContain('2024-03-01-draft.md');
    expect(error.message).toContain('2024-01-03-bad-yaml.md:3:1');
  });

  test('warnings alone do not stop the build', () => {
    expect(() =>
      buildArchive([file('2024-03-01-draft.md', ['title: 초안', 'published: false'])]),
    ).not.toThrow();
  });
});

describe('ContentError', () => {
  test('its stack is just the message, so an editor sees the list and nothing else', () => {
    const error = new ContentError([
      {
        severity: 'error',
        file: 'a.md',
        line: 3,
        column: 1,
        field: 'title',
        message: 'title is empty',
        hint: 'add a title',
      },
    ]);
    expect(error.name).toBe('ContentError');
    expect(error.stack).toBe(`ContentError: ${error.message}`);
    expect(error.message).toContain('a.md:3:1  title  title is empty  add a title');
  });
});
