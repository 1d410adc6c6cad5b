import { describe, expect, test } from 'vitest';

import {
  dayOfYear,
  formatDay,
  formatDayTime,
  formatDotDateTime,
  formatIso,
  formatKoreanDate,
  formatRfc822,
  isoWeek,
  isTimeZone,
  parsePostDate,
  wallClock,
} from '@/lib/clock';

const nineInSeoul = new Date('2023-09-18T00:00:00Z');

function instant(value: string, timeZone?: string): string {
  const result = parsePostDate(value, timeZone);
  if (!result.ok) throw new Error(result.reason);
  return result.date.toISOString();
}

describe('the formats, pinned', () => {
  test('Korean date: 2023년 9월 18일', () => {
    expect(formatKoreanDate(nineInSeoul)).toBe('2023년 9월 18일');
  });

  test('dotted date and time: 2023.09.18 09:00', () => {
    expect(formatDotDateTime(nineInSeoul)).toBe('2023.09.18 09:00');
  });

  test('RFC 822 for RSS, English names and +0900', () => {
    expect(formatRfc822(nineInSeoul)).toBe('Mon, 18 Sep 2023 09:00:00 +0900');
  });

  test('ISO 8601 with +09:00', () => {
    expect(formatIso(nineInSeoul)).toBe('2023-09-18T09:00:00+09:00');
  });

  test('the day and day-and-time forms used in messages', () => {
    expect(formatDay(nineInSeoul)).toBe('2023-09-18');
    expect(formatDayTime(nineInSeoul)).toBe('2023-09-18 09:00');
  });

  test('Seoul is the default whatever zone the machine runs in: 23:30Z is already the next day', () => {
    const late = new Date('2023-09-17T23:30:00Z');
    expect(formatKoreanDate(late)).toBe('2023년 9월 18일');
    expect(formatDay(late)).toBe('2023-09-18');
  });
});

describe('any IANA zone', () => {
  test("London's clock and offset follow daylight saving", () => {
    expect(formatIso(new Date('2024-06-12T10:00:00Z'), 'Europe/London')).toBe('2024-06-12T11:00:00+01:00');
    expect(formatIso(new Date('2024-01-12T10:00:00Z'), 'Europe/London')).toBe('2024-01-12T10:00:00+00:00');
    expect(formatRfc822(new Date('2024-06-12T10:00:00Z'), 'Europe/London')).toBe(
      'Wed, 12 Jun 2024 11:00:00 +0100',
    );
  });

  test('a negative offset', () => {
    expect(formatIso(new Date('2024-01-12T10:00:00Z'), 'America/New_York')).toBe('2024-01-12T05:00:00-05:00');
  });

  test('a date without an offset is read in the zone given', () => {
    expect(instant('2024-06-12', 'Europe/London')).toBe('2024-06-11T23:00:00.000Z');
    expect(instant('2024-01-12', 'Europe/London')).toBe('2024-01-12T00:00:00.000Z');
    expect(instant('2024-03-31 03:30', 'Europe/London')).toBe('2024-03-31T02:30:00.000Z');
    expect(instant('2024-06-12 10:00 +0900', 'Europe/London')).toBe('2024-06-12T01:00:00.000Z');
  });

  test('unknown zones are told apart', () => {
    expect(isTimeZone('Europe/London')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(parsePostDate('2024-06-12', 'Mars/Olympus')).toEqual({
      ok: false,
      reason: 'time zone "Mars/Olympus" is not known',
    });
  });
});

describe('calendar parts for Jekyll permalinks', () => {
  test('weekday, day of the year and ISO week', () => {
    const clock = wallClock(new Date('2021-01-03T12:00:00Z'), 'UTC');
    expect(clock.weekday).toBe(0);
    expect(dayOfYear(clock)).toBe(3);
    expect(isoWeek(clock)).toBe(53);
    expect(dayOfYear(wallClock(new Date('2024-12-31T12:00:00Z'), 'UTC'))).toBe(366);
    expect(isoWeek(wallClock(new Date('2024-12-31T12:00:00Z'), 'UTC'))).toBe(1);
  });
});
