import { describe, expect, test } from 'vitest';

import { hasClockTime } from '@/lib/clock';
import { normaliseAuthors } from '@/lib/content/post-steps/normalise-authors';
import { normaliseBreaking } from '@/lib/content/post-steps/normalise-breaking';
import { normaliseCorrections } from '@/lib/content/post-steps/normalise-corrections';
import { normaliseDates } from '@/lib/content/post-steps/normalise-dates';
import { normaliseUpdated } from '@/lib/content/post-steps/normalise-updated';
import type { ValidPost } from '@/lib/content/post-steps/post-step';

import { draftAfter, validPost } from './step-support';

const DATED = 'date: 2023-09-18 09:00';
const updatedOf = (valid: ValidPost) =>
  draftAfter(valid, [normaliseDates, normaliseCorrections, normaliseUpdated]);

describe('normaliseAuthors', () => {
  const authorsOf = (lines: string[]) => normaliseAuthors(validPost(['title: 제목', ...lines]), {}).made;

  test('an id, a name or a list, trimmed, NFC, without repeats or blanks', () => {
    expect(authorsOf(['author: hong'])?.authors).toEqual(['hong']);
    expect(authorsOf(['author: ["  홍길동 ", kim, "", kim]'])?.authors).toEqual(['홍길동', 'kim']);
    expect(authorsOf(['author: "\u1112\u1169\u11bc"'])?.authors).toEqual(['홍']);
  });

  test("Jekyll's `authors:` list counts too, after `author`; jekyll-seo-tag's { name } is its name", () => {
    expect(authorsOf(['author: hong', 'authors: [kim, hong]'])?.authors).toEqual(['hong', 'kim']);
    expect(authorsOf(['author:', '  name: 홍길동', '  twitter: hong'])?.authors).toEqual(['홍길동']);
  });

  test('the line of the field, for the warning about an unknown reporter', () => {
    expect(authorsOf(['date: 2024-01-02', 'author: hong'])?.authorLine).toBe(4);
    expect(authorsOf(['authors: [hong]'])?.authorLine).toBe(3);
  });

  test('no field, no reporters', () => {
    expect(authorsOf([])?.authors).toEqual([]);
  });
});

describe('normaliseCorrections', () => {
  test('each {date, text} becomes a dated correction, oldest first, Seoul time by default', () => {
    const { made, problems } = normaliseCorrections(
      validPost([
        'title: 제목',
        'corrections:',
        '  - date: 2023-09-20',
        '    text: "  둘째   정정 "',
        '  - date: 2023-09-19 14:20',
        '    text: 첫 정정',
      ]),
      {},
    );
    expect(problems).toEqual([]);
    expect(made?.corrections).toEqual([
      { date: new Date('2023-09-19T05:20:00Z'), text: '첫 정정', hasClockTime: true },
      { date: new Date('2023-09-19T15:00:00Z'), text: '둘째 정정', hasClockTime: false },
    ]);
  });

  test('an unreadable date or an empty text is an error naming the entry and the field line', () => {
    const { made, problems } = normaliseCorrections(
      validPost([
        'title: 제목',
        'corrections:',
        '  - date: yesterday',
        '    text: 정정',
        '  - date: 2023-09-19',
        '    text: "  "',
      ]),
      {},
    );
    expect(made?.corrections).toEqual([]);
    expect(
      problems?.map((problem) => [problem.severity, problem.field, problem.line, problem.message]),
    ).toEqual([
      ['error', 'corrections', 3, 'correction 1: "yesterday" is not a date'],
      ['error', 'corrections', 3, 'correction 2 has no text'],
    ]);
  });

  test('a text is read as a theme prints it: entities decoded, invisible characters gone', () => {
    const { made } = normaliseCorrections(
      validPost([
        'title: 제목',
        'corrections:',
        '  - date: 2023-09-20',
        '    text: "3.1%&rarr;2.8%&#x202E;"',
      ]),
      {},
    );
    expect(made?.corrections?.[0]?.text).toBe('3.1%→2.8%');
  });

  test('no field, no corrections', () => {
    expect(normaliseCorrections(validPost(['title: 제목']), {}).made?.corrections).toEqual([]);
  });
});

describe('normaliseUpdated', () => {
  test('no later date: updated is the date, with its clock time or not', () => {
    const draft = updatedOf(validPost(['title: 제목', DATED]));
    expect(draft.updated).toEqual(draft.date);
    expect(draft.updatedHasClockTime).toBe(true);
    expect(updatedOf(validPost(['title: 제목'])).updatedHasClockTime).toBe(false);
  });

  test('the later of updated and last_modified_at wins, with its own clock time or not', () => {
    const both = updatedOf(
      validPost(['title: 제목', DATED, 'updated: 2023-09-19 14:20', 'last_modified_at: 2023-09-19']),
    );
    expect(both).toMatchObject({ updated: new Date('2023-09-19T05:20:00Z'), updatedHasClockTime: true });
    const dayOnly = updatedOf(
      validPost(['title: 제목', DATED, 'updated: 2023-09-19 08:00', 'last_modified_at: 2023-09-20']),
    );
    expect(dayOnly).toMatchObject({ updated: new Date('2023-09-19T15:00:00Z'), updatedHasClockTime: false });
  });

  test('the latest correction counts as updated when it is later', () => {
    const draft = updatedOf(
      validPost([
        'title: 제목',
        DATED,
        'updated: 2023-09-19',
        'corrections:',
        '  - date: 2023-09-21 10:00',
        '    text: 정정',
      ]),
    );
    expect(draft.updated).toEqual(new Date('2023-09-21T01:00:00Z'));
  });

  test('an updated before the date changes nothing', () => {
    const draft = updatedOf(validPost(['title: 제목', DATED, 'updated: 2020-01-01']));
    expect(draft.updated).toEqual(draft.date);
  });

  test('an unreadable updated or last_modified_at is an error on that field and line', () => {
    const valid = validPost(['title: 제목', DATED, 'updated: soon', 'last_modified_at: 2023-13-01']);
    const draft = draftAfter(valid, [normaliseDates, normaliseCorrections]);
    const { problems } = normaliseUpdated(valid, draft);
    expect(problems?.map((problem) => [problem.field, problem.line, problem.severity])).toEqual([
      ['updated', 4, 'error'],
      ['last_modified_at', 5, 'error'],
    ]);
  });

  test('a Jekyll site’s zone applies to updated as to date', () => {
    const valid = {
      ...validPost(['title: 제목', 'date: "2023-09-18 09:00"', 'updated: "2023-09-19 09:00"']),
    };
    const london = { ...valid, jekyllTimeZone: 'Europe/London' };
    expect(updatedOf(london).updated).toEqual(new Date('2023-09-19T08:00:00Z'));
  });
});

describe('normaliseBreaking', () => {
  test('only breaking: true is breaking news', () => {
    const breakingOf = (lines: string[]) => normaliseBreaking(validPost(['title: 제목', ...lines]), {}).made;
    expect(breakingOf(['breaking: true'])?.breaking).toBe(true);
    expect(breakingOf(['breaking: false'])?.breaking).toBe(false);
    expect(breakingOf(['image: /assets/a.jpg', 'feature_text: 배너'])?.breaking).toBe(false);
  });
});

test('hasClockTime tells a day from a day with a time', () => {
  expect(hasClockTime('2023-09-18')).toBe(false);
  expect(hasClockTime('2023-09-18 09:00')).toBe(true);
  expect(hasClockTime('2023-09-18T09:00:00+09:00')).toBe(true);
  expect(hasClockTime('2023-09-18 00:00:00 +0900')).toBe(true);
  expect(hasClockTime('어제')).toBe(false);
});
