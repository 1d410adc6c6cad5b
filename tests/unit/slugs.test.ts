import { describe, expect, test } from 'vitest';

import { routeParamToSlug, slugify } from '@/lib/content/slugs';

import { build, check, post } from './support/posts';

describe('slugify', () => {
  test('lower-cases and joins words with hyphens', () => {
    expect(slugify('Breaking News Today')).toBe('breaking-news-today');
  });

  test('keeps Hangul', () => {
    expect(slugify('경제 정책')).toBe('경제-정책');
  });

  test('an NFD name (macOS) gives the same slug as NFC', () => {
    expect(slugify('경제 뉴스'.normalize('NFD'))).toBe('경제-뉴스');
    expect(slugify('경제 뉴스'.normalize('NFD'))).toBe(slugify('경제 뉴스'));
  });

  test('drops punctuation, including the Korean middle dot and full-width marks', () => {
    expect(slugify('중기부·경찰청, 치안분야!')).toBe('중기부-경찰청-치안분야');
    expect(slugify('“인용” (괄호)?')).toBe('인용-괄호');
  });

  test('underscores, runs of spaces and hyphens become one hyphen', () => {
    expect(slugify('a__b  c--d')).toBe('a-b-c-d');
  });

  test('no leading or trailing hyphens', () => {
    expect(slugify(' -- hello -- ')).toBe('hello');
  });

  test('zero-width characters vanish rather than split words', () => {
    expect(slugify('뉴\u200B스')).toBe('뉴스');
  });

  test('keeps digits, so dated file names keep their date', () => {
    expect(slugify('2023-09-18-police-sme')).toBe('2023-09-18-police-sme');
  });

  test('a name of punctuation only gives an empty slug', () => {
    expect(slugify('!!! ???')).toBe('');
  });
});

describe('routeParamToSlug', () => {
  test('decodes a percent-encoded Korean param', () => {
    expect(routeParamToSlug(encodeURIComponent('2024-01-02-경제-뉴스'))).toBe('2024-01-02-경제-뉴스');
  });

  test('leaves a decoded param as it is', () => {
    expect(routeParamToSlug('2024-01-02-경제-뉴스')).toBe('2024-01-02-경제-뉴스');
  });

  test('normalises an NFD param to NFC', () => {
    expect(routeParamToSlug('경제'.normalize('NFD'))).toBe('경제');
    expect(routeParamToSlug(encodeURIComponent('경제'.normalize('NFD')))).toBe('경제');
  });

  test('keeps invalid percent-encoding as written instead of throwing', () => {
    expect(routeParamToSlug('%E0%A4%A')).toBe('%E0%A4%A');
  });
});

describe('the slug of an article', () => {
  test('comes from the file name, without the extension', () => {
    expect(build(post(['title: 제목']), '2023-09-18-police-sme.md').slug).toBe('2023-09-18-police-sme');
  });

  test('ignores the folders the post sits in', () => {
    expect(build(post(['title: 제목']), 'news/2023/2023-09-18-police-sme.markdown').slug).toBe(
      '2023-09-18-police-sme',
    );
  });

  test('is lower-case Korean-friendly NFC even when the file name is NFD', () => {
    expect(build(post(['title: 제목']), '2024-01-02-경제-News.md'.normalize('NFD')).slug).toBe(
      '2024-01-02-경제-news',
    );
  });

  test('a file name with nothing usable is an error on the file name', () => {
    const result = check(post(['title: 제목', 'date: 2024-01-02']), '!!!.md');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'file name', file: '!!!.md' }),
    ]);
  });
});
