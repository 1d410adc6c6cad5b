import { describe, expect, test } from 'vitest';

import { listingShowsTime, tickerArticles } from '@/lib/breaking-news';
import { formatDotDate, formatDotDateTime } from '@/lib/clock';

import { build, check, post } from './support/posts';

describe('입력/수정 formats', () => {
  test('Seoul time, dotted, whatever the machine zone', () => {
    expect(formatDotDateTime(new Date('2023-0918T00:00:00Z'.replace('09', '09-')))).toBe('2023.09.18 09:00');
    expect(formatDotDate(new Date('2023-09-18T15:30:00Z'))).toBe('2023.09.19');
  });
});

describe('front matter: breaking, corrections, updated, author', () => {
  test('breaking: true is the only way to breaking news', () => {
    expect(build(post(['title: 속보', 'breaking: true'])).breaking).toBe(true);
    expect(build(post(['title: 기획', 'feature_text: 배너', "image: '/a.jpg'"])).breaking).toBe(false);
    expect(check(post(['title: x', 'breaking: yes'])).problems[0]).toMatchObject({
      severity: 'error',
      field: 'breaking',
      line: 3,
    });
  });

  test('a day-only date shows no clock; a dated time does', () => {
    expect(build(post(['title: x'])).dateHasClockTime).toBe(false);
    expect(build(post(['title: x', 'date: 2024-01-02 09:00:00 +0900'])).dateHasClockTime).toBe(true);
  });

  test('corrections become notices and move updated; a bad one is an error at the field', () => {
    const article = build(
      post([
        'title: x',
        'date: 2024-01-02 09:00',
        'corrections:',
        '  - date: 2024-01-03 10:00',
        '    text: 이름을 바로잡습니다.',
      ]),
    );
    expect(article.corrections).toEqual([
      { date: new Date('2024-01-03T01:00:00Z'), text: '이름을 바로잡습니다.', hasClockTime: true },
    ]);
    expect(article.updated).toEqual(new Date('2024-01-03T01:00:00Z'));
    expect(check(post(['title: x', 'corrections: 고쳤음'])).problems[0]).toMatchObject({
      field: 'corrections',
      line: 3,
      severity: 'error',
    });
    expect(
      check(post(['title: x', 'corrections:', '  - date: 어제', '    text: t'])).problems[0],
    ).toMatchObject({ field: 'corrections', line: 3 });
  });

  test("last_modified_at (Jekyll's) counts as updated", () => {
    expect(
      build(post(['title: x', 'date: 2024-01-02', 'last_modified_at: 2024-01-05 12:00'])).updated,
    ).toEqual(new Date('2024-01-05T03:00:00Z'));
  });

  test('author as an id, a name or a list; its line is kept for the archive', () => {
    const result = check(post(['title: x', 'author:', '  - hong', '  - 김기자']));
    expect(result.article?.authors).toEqual(['hong', '김기자']);
    expect(result.authorLine).toBe(3);
  });
});

describe('the ticker and listings', () => {
  const now = new Date('2024-03-10T12:00:00Z');
  const at = (iso: string, breaking: boolean, title: string) => ({ date: new Date(iso), breaking, title });

  test('breaking articles of the last 48 hours before the build, newest first; nothing else', () => {
    const articles = [
      at('2024-03-08T13:00:00Z', true, 'in, older'),
      at('2024-03-10T11:00:00Z', false, 'not breaking'),
      at('2024-03-08T11:00:00Z', true, 'too old'),
      at('2024-03-10T10:00:00Z', true, 'in, newest'),
      at('2024-03-10T13:00:00Z', true, 'future'),
    ];
    expect(tickerArticles(articles, now).map((article) => article.title)).toEqual([
      'in, newest',
      'in, older',
    ]);
    expect(tickerArticles([], now)).toEqual([]);
  });

  test('listings show the time only for the last 24 hours, and only when the date has one', () => {
    expect(listingShowsTime({ date: new Date('2024-03-10T01:00:00Z'), dateHasClockTime: true }, now)).toBe(
      true,
    );
    expect(listingShowsTime({ date: new Date('2024-03-09T11:00:00Z'), dateHasClockTime: true }, now)).toBe(
      false,
    );
    expect(listingShowsTime({ date: new Date('2024-03-10T01:00:00Z'), dateHasClockTime: false }, now)).toBe(
      false,
    );
  });
});
