import { describe, expect, test } from 'vitest';

import { normaliseSlug } from '@/lib/content/post-steps/normalise-slug';
import { normaliseTaxonomy } from '@/lib/content/post-steps/normalise-taxonomy';
import { normaliseTitle } from '@/lib/content/post-steps/normalise-title';

import { draftAfter, validPost } from './step-support';

describe('normaliseSlug', () => {
  test('the URL segment and the title slug come from the file name', () => {
    expect(normaliseSlug(validPost([], '', '2024-01-02-경제-뉴스.md'), {}).made).toEqual({
      slug: '2024-01-02-경제-뉴스',
      titleSlug: '경제-뉴스',
    });
  });

  test('a file name without letters or digits refuses the post', () => {
    const outcome = normaliseSlug(validPost([], '', '---.md'), {});
    expect(outcome.refuse).toBe(true);
    expect(outcome.problems?.[0]?.message).toBe('the file name gives no usable URL');
  });
});

describe('normaliseTitle', () => {
  test('the written title, with invisible characters gone', () => {
    expect(normaliseTitle(validPost(['title: "제\u200B목"']), {}).made?.title).toBe('제목');
  });

  test("no title: Jekyll's title from the file name, with a warning", () => {
    const valid = validPost(['categories: [경제]']);
    const outcome = normaliseTitle(valid, draftAfter(valid, [normaliseSlug]));
    expect(outcome.made?.title).toBe('Sample Post');
    expect(outcome.problems?.[0]).toMatchObject({ severity: 'warning', field: 'title' });
  });
});

describe('normaliseTaxonomy', () => {
  test('categories and tags as written, without repeats', () => {
    const made = normaliseTaxonomy(validPost(['categories: [경제, 사회]', 'tags: [a, a, b]']), {}).made;
    expect(made?.categories?.map((category) => category.name)).toEqual(['경제', '사회']);
    expect(made?.tags).toEqual(['a', 'b']);
  });
});
