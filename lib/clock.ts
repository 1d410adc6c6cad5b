/**
 * The site's one clock: every date is read and shown here, through `Intl` with a `timeZone`. Seoul is the
 * default; any IANA zone is accepted, so an imported Jekyll site's own `timezone` can be honoured.
 * Nothing else in the code does date arithmetic or knows an offset.
 */

export const SEOUL = 'Asia/Seoul';

/** An instant on a zone's clock: zero-padded digits, the weekday (0 = Sunday) and the zone's offset. */
export type WallClock = {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  weekday: number;
  /** Minutes the zone is ahead of UTC at that instant. */
  offsetMinutes: number;
};

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const LONG_WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

// Making a DateTimeFormat costs far more than using one; an archive has one zone and thousands of posts.
const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | undefined {
  if (formatters.has(timeZone)) return formatters.get(timeZone);
  let format: Intl.DateTimeFormat | undefined;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
      timeZoneName: 'longOffset',
    });
  } catch {
    format = undefined;
  }
  formatters.set(timeZone, format);
  return format;
}

/** Whether `name` is a time zone `Intl` knows (an IANA name such as `Europe/London`). */
export function isTimeZone(name: string): boolean {
  return formatterFor(name) !== undefined;
}

function offsetFromZoneName(name: string): number {
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

/** `date` on the clock of `timeZone`. An unknown zone throws: zones are checked where they are read. */
export function wallClock(date: Date, timeZone: string = SEOUL): WallClock {
  const format = formatterFor(timeZone);
  if (!format) throw new RangeError(`time zone "${timeZone}" is not known`);
  const parts = Object.fromEntries(format.formatToParts(date).map((part) => [part.type, part.value]));
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
    weekday: WEEKDAYS.indexOf(parts.weekday ?? ''),
    offsetMinutes: offsetFromZoneName(parts.timeZoneName ?? ''),
  };
}

/** `+0900`, or `+09:00` with a separator. */
export function offsetText(minutes: number, separator = ''): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  return `${sign}${hours}${separator}${String(absolute % 60).padStart(2, '0')}`;
}

/** `2023년 9월 18일`, the day as it falls in `timeZone` whatever zone the build machine runs in. */
export function formatKoreanDate(date: Date, timeZone: string = SEOUL): string {
  const clock = wallClock(date, timeZone);
  return `${clock.year}년 ${Number(clock.month)}월 ${Number(clock.day)}일`;
}

/** `2023.09.18`, a day as the Korean press prints it. */
export function formatDotDate(date: Date, timeZone: string = SEOUL): string {
  const clock = wallClock(date, timeZone);
  return `${clock.year}.${clock.month}.${clock.day}`;
}

/** `2023.09.18 09:00`, the Korean press's 입력/수정 form. */
export function formatDotDateTime(date: Date, timeZone: string = SEOUL): string {
  const clock = wallClock(date, timeZone);
  return `${clock.year}.${clock.month}.${clock.day} ${clock.hour}:${clock.minute}`;
}

/** `2023-09-18`, the calendar day in `timeZone`. */
export function formatDay(date: Date, timeZone: string = SEOUL): string {
  const clock = wallClock(date, timeZone);
  return `${clock.year}-${clock.month}-${clock.day}`;
}

/** `2023-09-18 09:00`, for messages. */
export function formatDayTime(date: Date, timeZone: string = SEOUL): string {
  const clock = wallClock(date, timeZone);
  return `${clock.year}-${clock.month}-${clock.day} ${clock.hour}:${clock.minute}`;
}

/** ISO 8601 with the zone's offset, e.g. `2023-09-18T09:00:00+09:00`, for `<time dateTime>`, JSON-LD, feeds. */
export function formatIso(date: Date, timeZone: string = SEOUL): string {
  const clock = wallClock(date, timeZone);
  const time = `${clock.hour}:${clock.minute}:${clock.second}`;
  return `${clock.year}-${clock.month}-${clock.day}T${time}${offsetText(clock.offsetMinutes, ':')}`;
}

/** RFC 822 as RSS 2.0 wants it, e.g. `Mon, 18 Sep 2023 09:00:00 +0900`; its names are English in any locale. */
export function formatRfc822(date: Date, timeZone: string = SEOUL): string {
  const clock = wallClock(date, timeZone);
  const time = `${clock.hour}:${clock.minute}:${clock.second}`;
  const day = `${WEEKDAYS[clock.weekday]}, ${clock.day} ${MONTHS[Number(clock.month) - 1]} ${clock.year}`;
  return `${day} ${time} ${offsetText(clock.offsetMinutes)}`;
}

/** English month and weekday names, as Jekyll's `:short_month`, `:long_month`, `:short_day`, `:long_day`. */
export function englishNames(clock: WallClock): {
  shortMonth: string;
  longMonth: string;
  shortDay: string;
  longDay: string;
} {
  const month = Number(clock.month) - 1;
  return {
    shortMonth: MONTHS[month] ?? '',
    longMonth: LONG_MONTHS[month] ?? '',
    shortDay: WEEKDAYS[clock.weekday] ?? '',
    longDay: LONG_WEEKDAYS[clock.weekday] ?? '',
  };
}

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** Whether `date` falls in the `hours` before `now` (not after it), as the ticker and listings ask. */
export function isWithinHoursBefore(date: Date, now: Date, hours: number): boolean {
  const age = now.getTime() - date.getTime();
  return age >= 0 && age <= hours * HOUR_MS;
}

function calendarUtc(clock: Pick<WallClock, 'year' | 'month' | 'day'>): number {
  return Date.UTC(Number(clock.year), Number(clock.month) - 1, Number(clock.day));
}

/** 1 for 1 January. */
export function dayOfYear(clock: WallClock): number {
  return Math.round((calendarUtc(clock) - Date.UTC(Number(clock.year), 0, 1)) / DAY_MS) + 1;
}

/** ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(clock: WallClock): number {
  const thursday = new Date(calendarUtc(clock) + (4 - (clock.weekday || 7)) * DAY_MS);
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.ceil(((thursday.getTime() - yearStart) / DAY_MS + 1) / 7);
}

/**
 * YAML's timestamp shape (one-digit month, day and hour allowed, `T`, `t` or spaces before the time),
 * then an optional zone: `Z`, an offset (`+0900`, `+09:00`, `+9`) or a zone name (`KST`, `Asia/Seoul`).
 */
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*)?$/;

/** Abbreviations Korean archives use, as offsets; any other name must be an IANA zone. */
const ZONE_ABBREVIATIONS: Record<string, number> = { KST: 9 * 60, UTC: 0, GMT: 0, Z: 0 };

export type DateParseResult = { ok: true; date: Date } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Zone = { kind: 'offset'; minutes: number } | { kind: 'named'; name: string } | { kind: 'unknown' };

function readZone(zone: string): Zone {
  const abbreviation = ZONE_ABBREVIATIONS[zone.toUpperCase()];
  if (abbreviation !== undefined) return { kind: 'offset', minutes: abbreviation };
  const offset = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (offset) {
    const minutes = Number(offset[2] ?? '0') * 60 + Number(offset[3] ?? '0');
    return { kind: 'offset', minutes: offset[1] === '-' ? -minutes : minutes };
  }
  return isTimeZone(zone) ? { kind: 'named', name: zone } : { kind: 'unknown' };
}

/** The instant a wall-clock time (given as if it were UTC) names in `timeZone`, daylight saving included. */
function instantOf(wallClockAsUtc: number, timeZone: string): Date {
  // The offset depends on the instant: guess with the wall clock, then correct once.
  const first = wallClock(new Date(wallClockAsUtc), timeZone).offsetMinutes;
  const second = wallClock(new Date(wallClockAsUtc - first * 60000), timeZone).offsetMinutes;
  return new Date(wallClockAsUtc - second * 60000);
}

/**
 * Reads a front-matter or file-name date. Without a zone of its own the time is read in `timeZone`
 * (Seoul unless the archive came from a Jekyll site with another `timezone`). Impossible dates such as
 * 2023-13-45 are refused rather than rolled over.
 */
export function parsePostDate(value: string, timeZone: string = SEOUL): DateParseResult {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return { ok: false, reason: `"${value}" is not a date` };
  const [, y = '', mo = '', d = '', h = '0', mi = '0', s = '0', fraction = '', zoneText] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${mo} does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `${y}-${mo} has no day ${d}` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
    return { ok: false, reason: `time ${h}:${mi}:${s} does not exist` };
  const zone = readZone(zoneText ?? timeZone);
  if (zone.kind === 'unknown')
    return { ok: false, reason: `time zone "${zoneText ?? timeZone}" is not known` };
  const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const asUtc = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), milliseconds);
  if (zone.kind === 'offset') return { ok: true, date: new Date(asUtc - zone.minutes * 60000) };
  return { ok: true, date: instantOf(asUtc, zone.name) };
}

/** Whether a written date gives a time of day (`2023-09-18 09:00`), not only a day (`2023-09-18`). */
export function hasClockTime(value: string): boolean {
  return DATE_PATTERN.exec(value.trim())?.[4] !== undefined;
}

const FILE_NAME_DATE = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/;

/** Splits `2023-09-18-title` into its date part and the rest; names without a date keep their whole name. */
export function splitDatedFileName(baseName: string): { datePart: string | undefined; rest: string } {
  const match = FILE_NAME_DATE.exec(baseName);
  return match ? { datePart: match[1], rest: match[2] ?? '' } : { datePart: undefined, rest: baseName };
}
