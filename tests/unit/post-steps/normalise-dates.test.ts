import { describe, expect, test } from 'vitest';

import { normaliseDates } from '@/lib/content/post-steps/normalise-dates';

import { validPost } from './step-support';

describe('normaliseDates', () => {
  test('the file-name date, at midnight in Seoul, with no clock time to show', () => {
    const { made, problems } = normaliseDates(validPost(['title: 제목']), {});
    expect(made?.date?.toISOString()).toBe('2024-01-01T15:00:00.000Z');
    expect(made?.dateHasClockTime).toBe(false);
    expect(made?.dateLine).toBe(1);
    expect(problems).toEqual([]);
  });

  test('a front-matter date wins, with a warning when the file name disagrees', () => {
    const { made, problems } = normaliseDates(
      validPost(['title: 제목', 'date: 2024-01-05 10:00:00 +0900']),
      {},
    );
    expect(made?.date?.toISOString()).toBe('2024-01-05T01:00:00.000Z');
    expect(made?.dateHasClockTime).toBe(true);
    expect(made?.dateLine).toBe(3);
    expect(problems?.[0]?.message).toBe(
      'the file name says 2024-01-02 but the date is 2024-01-05 (Seoul); the front-matter date is used',
    );
  });

  test('no date at all refuses the post', () => {
    expect(normaliseDates(validPost(['title: 제목'], '', 'undated.md'), {}).refuse).toBe(true);
  });

  test('a front-matter date of a day only shows no clock time', () => {
    expect(normaliseDates(validPost(['title: 제목', 'date: 2024-01-02']), {}).made?.dateHasClockTime).toBe(
      false,
    );
  });
});
