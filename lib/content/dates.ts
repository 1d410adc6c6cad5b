/** Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is exact for news dates. */
const SEOUL_OFFSET_MINUTES = 9 * 60;

/**
 * YAML's timestamp shape (one-digit month, day and hour allowed, `T`, `t` or spaces before the time),
 * then an optional zone: `Z`, an offset (`+0900`, `+09:00`, `+9`) or a zone name (`KST`, `Asia/Seoul`).
 */
const DATE_PATTERN =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{1,2}(?::?\d{2})?|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*)?$/;

/** Abbreviations Korean archives use; any other name must be an IANA zone such as `Asia/Seoul`. */
const ZONE_ABBREVIATIONS: Record<string, number> = { KST: 9 * 60, UTC: 0, GMT: 0, Z: 0 };

export type DateParseResult = { ok: true; date: Date } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function offsetMinutes(sign: string, hours: string, minutes: string): number {
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/** Minutes `timeZone` is ahead of UTC at `instant`, or undefined when the zone is unknown. */
function zoneOffsetAt(timeZone: string, instant: number): number | undefined {
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return undefined;
  }
  const parts = Object.fromEntries(format.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]));
  const asUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60000);
}

type Zone = { kind: 'offset'; minutes: number } | { kind: 'named'; name: string } | { kind: 'unknown'; name: string };

function readZone(zone: string | undefined): Zone {
  if (!zone) return { kind: 'offset', minutes: SEOUL_OFFSET_MINUTES };
  const abbreviation = ZONE_ABBREVIATIONS[zone.toUpperCase()];
  if (abbreviation !== undefined) return { kind: 'offset', minutes: abbreviation };
  const offset = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone);
  if (offset) return { kind: 'offset', minutes: offsetMinutes(offset[1] ?? '+', offset[2] ?? '0', offset[3] ?? '0') };
  return zoneOffsetAt(zone, 0) === undefined ? { kind: 'unknown', name: zone } : { kind: 'named', name: zone };
}

/**
 * Reads a Jekyll front-matter date. Without a zone the time is Seoul time, as a Korean Jekyll site
 * sets `timezone: Asia/Seoul`. Impossible dates such as 2023-13-45 are refused rather than rolled over.
 */
export function parsePostDate(value: string): DateParseResult {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return { ok: false, reason: `"${value}" is not a date` };
  const [, y = '', mo = '', d = '', h = '0', mi = '0', s = '0', fraction = '', zoneText] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${mo} does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `${y}-${mo} has no day ${d}` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { ok: false, reason: `time ${h}:${mi}:${s} does not exist` };
  const zone = readZone(zoneText);
  if (zone.kind === 'unknown') return { ok: false, reason: `time zone "${zone.name}" is not known` };
  const milliseconds = Number(fraction.slice(0, 3).padEnd(3, '0'));
  const wallClock = Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s), milliseconds);
  if (zone.kind === 'offset') return { ok: true, date: new Date(wallClock - zone.minutes * 60000) };
  // A named zone's offset depends on the instant (daylight saving): guess with the wall clock, then correct.
  const first = zoneOffsetAt(zone.name, wallClock) ?? 0;
  const second = zoneOffsetAt(zone.name, wallClock - first * 60000) ?? first;
  return { ok: true, date: new Date(wallClock - second * 60000) };
}

/** An instant on a Seoul clock, as zero-padded parts. */
export function seoulParts(date: Date): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string> {
  const iso = new Date(date.getTime() + SEOUL_OFFSET_MINUTES * 60000).toISOString();
  return { year: iso.slice(0, 4), month: iso.slice(5, 7), day: iso.slice(8, 10), hour: iso.slice(11, 13), minute: iso.slice(14, 16), second: iso.slice(17, 19) };
}

/** `YYYY-MM-DD HH:MM` of an instant on a Seoul clock, for messages. */
export function seoulDateTime(date: Date): string {
  const { year, month, day, hour, minute } = seoulParts(date);
  return `${year}-${month}-${day} ${hour}:${minute}`;
}

/** `YYYY-MM-DD` of an instant as a calendar day in Seoul. */
export function seoulDay(date: Date): string {
  const { year, month, day } = seoulParts(date);
  return `${year}-${month}-${day}`;
}

const FILE_NAME_DATE = /^(\d{4}-\d{1,2}-\d{1,2})-(.+)$/;

/** Splits `2023-09-18-title` into its date part and the rest; names without a date keep their whole name. */
export function splitDatedFileName(baseName: string): { datePart: string | undefined; rest: string } {
  const match = FILE_NAME_DATE.exec(baseName);
  return match ? { datePart: match[1], rest: match[2] ?? '' } : { datePart: undefined, rest: baseName };
}
