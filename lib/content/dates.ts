/** Korea has kept UTC+9 without daylight saving since 1988, so a fixed offset is exact for news dates. */
const SEOUL_OFFSET = '+09:00';

const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

export type DateParseResult = { ok: true; date: Date } | { ok: false; reason: string };

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads a Jekyll front-matter date. Without an offset the time is Seoul time, as a Korean Jekyll site
 * sets `timezone: Asia/Seoul`. Impossible dates such as 2023-13-45 are refused rather than rolled over.
 */
export function parsePostDate(value: string): DateParseResult {
  const match = DATE_PATTERN.exec(value.trim());
  if (!match) return { ok: false, reason: `"${value}" is not a date` };
  const [, y, mo, d, h = '0', mi = '0', s = '0', , zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) return { ok: false, reason: `month ${mo} does not exist` };
  if (day < 1 || day > daysInMonth(year, month)) return { ok: false, reason: `${y}-${mo} has no day ${d}` };
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return { ok: false, reason: `time ${h}:${mi}:${s} does not exist` };
  const offset = !zone ? SEOUL_OFFSET : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
  const iso = `${y}-${mo}-${d}T${h.padStart(2, '0')}:${mi.padStart(2, '0')}:${s.padStart(2, '0')}${offset}`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return { ok: false, reason: `"${value}" is not a date` };
  return { ok: true, date };
}

const FILE_NAME_DATE = /^(\d{4}-\d{2}-\d{2})-(.+)$/;

/** Splits `2023-09-18-title` into its date part and the rest; names without a date keep their whole name. */
export function splitDatedFileName(baseName: string): { datePart: string | undefined; rest: string } {
  const match = FILE_NAME_DATE.exec(baseName);
  return match ? { datePart: match[1], rest: match[2] ?? '' } : { datePart: undefined, rest: baseName };
}
