import { describe, expect, test } from 'vitest';

import { parsePostDate, splitDatedFileName } from '@/lib/clock';

import { build, check, lineOf, post } from './support/posts';

function parsed(value: string): string {
  const result = parsePostDate(value);
  if (!result.ok) throw new Error(`expected a date from "${value}", got: ${result.reason}`);
  return result.date.toISOString();
}

function refusal(value: string): string {
  const result = parsePostDate(value);
  if (result.ok) throw new Error(`expected "${value}" to be refused, got ${result.date.toISOString()}`);
  return result.reason;
}

describe('parsePostDate', () => {
  test('a date alone means midnight in Seoul, i.e. 15:00Z the day before', () => {
    expect(parsed('2023-09-18')).toBe('2023-09-17T15:00:00.000Z');
  });

  test('a time with a +0900 offset (Jekyll style)', () => {
    expect(parsed('2023-09-18 10:30:00 +0900')).toBe('2023-09-18T01:30:00.000Z');
  });

  test('a time with a +09:00 offset', () => {
    expect(parsed('2023-09-18T10:30:00+09:00')).toBe('2023-09-18T01:30:00.000Z');
  });

  test('a time in UTC (Z)', () => {
    expect(parsed('2023-09-18T10:30:00Z')).toBe('2023-09-18T10:30:00.000Z');
  });

  test('a time without a zone is Seoul time', () => {
    expect(parsed('2023-09-18 10:30:00')).toBe('2023-09-18T01:30:00.000Z');
    expect(parsed('2023-09-18 10:30')).toBe('2023-09-18T01:30:00.000Z');
  });

  test('a one-digit hour is accepted', () => {
    expect(parsed('2023-09-18 9:05')).toBe('2023-09-18T00:05:00.000Z');
  });

  test('other offsets are honoured', () => {
    expect(parsed('2023-09-18 10:30:00 -0500')).toBe('2023-09-18T15:30:00.000Z');
  });

  test('surrounding whitespace is ignored', () => {
    expect(parsed('  2023-09-18  ')).toBe('2023-09-17T15:00:00.000Z');
  });

  test('29 February exists in a leap year', () => {
    expect(parsed('2024-02-29')).toBe('2024-02-28T15:00:00.000Z');
  });

  test('month 13 is refused, not rolled over into next year', () => {
    expect(refusal('2023-13-45')).toBe('month 13 does not exist');
  });

  test('30 February is refused, not rolled over into March', () => {
    expect(refusal('2023-02-30')).toBe('2023-02 has no day 30');
  });

  test('29 February outside a leap year is refused', () => {
    expect(refusal('2023-02-29')).toBe('2023-02 has no day 29');
  });

  test('day 0 and month 0 are refused', () => {
    expect(refusal('2023-09-00')).toMatch(/no day 00/);
    expect(refusal('2023-00-10')).toBe('month 00 does not exist');
  });

  test('hours, minutes and seconds out of range are refused', () => {
    expect(refusal('2023-09-18 24:00')).toMatch(/does not exist/);
    expect(refusal('2023-09-18 10:60')).toMatch(/does not exist/);
    expect(refusal('2023-09-18 10:00:60')).toMatch(/does not exist/);
  });

  test('text that is not a date is refused with the text quoted', () => {
    expect(refusal('어제')).toBe('"어제" is not a date');
    expect(refusal('18.09.2023')).toBe('"18.09.2023" is not a date');
    expect(refusal('')).toBe('"" is not a date');
  });
});

describe('zones and YAML timestamp shapes', () => {
  test('a zone name: Asia/Seoul, KST, UTC and GMT', () => {
    expect(parsed('2023-09-18 09:00:00 Asia/Seoul')).toBe('2023-09-18T00:00:00.000Z');
    expect(parsed('2023-09-18 09:00:00 KST')).toBe('2023-09-18T00:00:00.000Z');
    expect(parsed('2023-09-18 09:00:00 UTC')).toBe('2023-09-18T09:00:00.000Z');
    expect(parsed('2023-09-18 09:00:00 GMT')).toBe('2023-09-18T09:00:00.000Z');
  });

  test('an IANA zone with daylight saving uses the offset of that day', () => {
    expect(parsed('2023-07-01 12:00:00 America/New_York')).toBe('2023-07-01T16:00:00.000Z');
    expect(parsed('2023-01-01 12:00:00 America/New_York')).toBe('2023-01-01T17:00:00.000Z');
  });

  test('an unknown zone name is refused, naming it', () => {
    expect(refusal('2023-09-18 09:00:00 Mars/Olympus')).toBe('time zone "Mars/Olympus" is not known');
  });

  test('one-digit month, day and hour, as YAML and Jekyll allow', () => {
    expect(parsed('2023-9-8')).toBe('2023-09-07T15:00:00.000Z');
    expect(parsed('2023-9-8 7:05')).toBe('2023-09-07T22:05:00.000Z');
  });

  test('fractions of a second, a lower-case t and an hour-only offset', () => {
    expect(parsed('2001-12-14t21:59:43.10-05:00')).toBe('2001-12-15T02:59:43.100Z');
    expect(parsed('2001-12-14 21:59:43.10 -5')).toBe('2001-12-15T02:59:43.100Z');
  });

  test('a zone name does not excuse an impossible date', () => {
    expect(refusal('2023-02-30 09:00 KST')).toBe('2023-02 has no day 30');
  });
});

describe('splitDatedFileName', () => {
  test('splits the Jekyll date prefix from the rest of the name', () => {
    expect(splitDatedFileName('2023-09-18-police-sme')).toEqual({
      datePart: '2023-09-18',
      rest: 'police-sme',
    });
  });

  test('a name without a date prefix keeps its whole name', () => {
    expect(splitDatedFileName('about-us')).toEqual({ datePart: undefined, rest: 'about-us' });
    expect(splitDatedFileName('2023-09-18')).toEqual({ datePart: undefined, rest: '2023-09-18' });
  });

  test('one-digit month and day in a file name, as Jekyll allows', () => {
    expect(splitDatedFileName('2023-9-8-note')).toEqual({ datePart: '2023-9-8', rest: 'note' });
  });

  test('Korean names split the same way', () => {
    expect(splitDatedFileName('2024-01-02-경제-뉴스')).toEqual({ datePart: '2024-01-02', rest: '경제-뉴스' });
  });
});

describe('the date of an article', () => {
  test('front-matter date-only (unquoted YAML) is 00:00 in Seoul', () => {
    expect(build(post(['title: 제목', 'date: 2023-09-18']), 'undated.md').date.toISOString()).toBe(
      '2023-09-17T15:00:00.000Z',
    );
  });

  test('an unquoted YAML timestamp without a zone is Seoul time, not UTC', () => {
    expect(build(post(['title: 제목', 'date: 2023-09-18 10:30:00']), 'undated.md').date.toISOString()).toBe(
      '2023-09-18T01:30:00.000Z',
    );
  });

  test('front-matter dates with +0900, +09:00 and Z', () => {
    expect(build(post(['title: 제목', 'date: 2023-09-18 10:30:00 +0900']), 'a.md').date.toISOString()).toBe(
      '2023-09-18T01:30:00.000Z',
    );
    expect(build(post(['title: 제목', 'date: 2023-09-18T10:30:00+09:00']), 'a.md').date.toISOString()).toBe(
      '2023-09-18T01:30:00.000Z',
    );
    expect(build(post(['title: 제목', 'date: 2023-09-18T10:30:00Z']), 'a.md').date.toISOString()).toBe(
      '2023-09-18T10:30:00.000Z',
    );
  });

  test('the file name gives the date when front matter has none', () => {
    expect(build(post(['title: 제목']), '2023-09-18-no-date.md').date.toISOString()).toBe(
      '2023-09-17T15:00:00.000Z',
    );
  });

  test('the file name gives the date for a post in a nested folder', () => {
    expect(build(post(['title: 제목']), 'news/2023/2023-09-18-nested.md').date.toISOString()).toBe(
      '2023-09-17T15:00:00.000Z',
    );
  });

  test('front matter wins over the file name', () => {
    expect(
      build(post(['title: 제목', 'date: 2024-05-06 08:00']), '2023-09-18-dated.md').date.toISOString(),
    ).toBe('2024-05-05T23:00:00.000Z');
  });

  test('no date anywhere is an error on the date field', () => {
    const result = check(post(['title: 제목']), 'undated.md');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', field: 'date' })]);
  });

  test('an impossible front-matter date is an error on the date line', () => {
    const source = post(['title: 제목', 'date: 2023-13-45']);
    const result = check(source, 'undated.md');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'date',
        line: lineOf(source, 'date: 2023-13-45'),
        message: 'month 13 does not exist',
      }),
    ]);
  });

  test('an impossible front-matter date is refused even when the file name has a good one', () => {
    const result = check(post(['title: 제목', 'date: 2023-02-30']), '2023-02-28-fine.md');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'date', message: '2023-02 has no day 30' }),
    ]);
  });

  test('an impossible date in the file name is an error naming the file name', () => {
    const result = check(post(['title: 제목']), '2023-02-30-typo.md');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'file name',
        file: '2023-02-30-typo.md',
        message: '2023-02 has no day 30',
      }),
    ]);
  });

  test('updated defaults to the publication date', () => {
    const article = build(post(['title: 제목', 'date: 2023-09-18']));
    expect(article.updated).toEqual(article.date);
  });

  test('updated is read like date, in Seoul time', () => {
    expect(
      build(post(['title: 제목', 'date: 2023-09-18', 'updated: 2023-09-20 09:00'])).updated.toISOString(),
    ).toBe('2023-09-20T00:00:00.000Z');
  });

  test('an impossible updated date is an error on its line', () => {
    const source = post(['title: 제목', 'date: 2024-01-02', 'updated: 2023-09-31']);
    const result = check(source);
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'updated',
        line: lineOf(source, 'updated: 2023-09-31'),
      }),
    ]);
  });
});
