import { describe, expect, test } from 'vitest';

import { normaliseNewlines } from '@/lib/content/article-from-post';

import { build, check, html } from './support/posts';

const LINES = [
  '---',
  'title: 줄바꿈 시험',
  'date: 2024-03-05',
  'categories:',
  '  - 경제',
  '---',
  '첫 문단',
  '',
  '둘째 문단',
];
const expected = {
  title: '줄바꿈 시험',
  date: new Date('2024-03-04T15:00:00Z'),
  categories: [{ name: '경제', slug: '경제' }],
};

describe('line endings and byte-order marks', () => {
  test('LF (the baseline)', () => {
    const article = build(LINES.join('\n'));
    expect(article).toMatchObject(expected);
    expect(html(article.body).trim()).toBe('<p>첫 문단</p>\n<p>둘째 문단</p>');
  });

  test('CRLF parses like LF', () => {
    const article = build(LINES.join('\r\n'));
    expect(article).toMatchObject(expected);
    expect(html(article.body).trim()).toBe('<p>첫 문단</p>\n<p>둘째 문단</p>');
  });

  test('lone CR (classic Mac) parses like LF', () => {
    const article = build(LINES.join('\r'));
    expect(article).toMatchObject(expected);
    expect(html(article.body).trim()).toBe('<p>첫 문단</p>\n<p>둘째 문단</p>');
  });

  test('a UTF-8 byte-order mark before the opening --- is ignored', () => {
    const article = build(`\uFEFF${LINES.join('\n')}`);
    expect(article).toMatchObject(expected);
  });

  test('a byte-order mark with CRLF parses too', () => {
    expect(build(`\uFEFF${LINES.join('\r\n')}`)).toMatchObject(expected);
  });

  test('the title carries no stray carriage return', () => {
    expect(build(LINES.join('\r\n')).title).not.toMatch(/\r/);
  });

  test('problem lines in a CRLF file are the lines an editor sees', () => {
    const lines = ['---', 'title: 제목', 'title: 또 제목', '---', '본문'];
    expect(check(lines.join('\r\n')).problems).toEqual([
      expect.objectContaining({ field: 'front matter', line: 3 }),
    ]);
  });

  test('a file that is only a byte-order mark is an empty file', () => {
    expect(check('\uFEFF').problems).toEqual([expect.objectContaining({ severity: 'error', field: 'file' })]);
  });
});

describe('normaliseNewlines', () => {
  test('turns CRLF and lone CR into LF and drops a leading BOM', () => {
    expect(normaliseNewlines('\uFEFFa\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  test('keeps a byte-order mark that is not at the start (it is text there)', () => {
    expect(normaliseNewlines('a\uFEFFb')).toBe('a\uFEFFb');
  });
});
