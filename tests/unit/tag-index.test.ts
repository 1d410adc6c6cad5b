import { describe, expect, test } from 'vitest';

import { buildArchive } from '@/lib/content/archive';

import { post } from './support/posts';

describe('the tag index', () => {
  test('lists each tag with its articles newest first, named as its oldest article writes it', () => {
    const archive = buildArchive([
      { relativePath: '2024-01-01-a.md', source: post(['title: a', 'tags: [AI, 경찰]']) },
      { relativePath: '2024-01-02-b.md', source: post(['title: b', 'tags: [ai, "!!"]']) },
    ]);
    expect(archive.tags).toEqual([
      { slug: 'ai', name: 'AI', count: 2 },
      { slug: '경찰', name: '경찰', count: 1 },
    ]);
    expect(archive.byTag.get('ai')?.map((article) => article.slug)).toEqual(['2024-01-02-b', '2024-01-01-a']);
    expect(archive.byTag.has('')).toBe(false);
  });
});
