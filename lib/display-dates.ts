const SEOUL = 'Asia/Seoul';

const koreanDate = new Intl.DateTimeFormat('ko-KR', {
  timeZone: SEOUL,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
});

/** `2023년 9월 18일`, as the day falls in Seoul whatever zone the build machine runs in. */
export function formatKoreanDate(date: Date): string {
  return koreanDate.format(date);
}

const seoulParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: SEOUL,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

type SeoulClock = Partial<Record<Intl.DateTimeFormatPartTypes, string>>;

/** The calendar date and wall-clock time in Seoul, as zero-padded digits. */
function seoulClock(date: Date): SeoulClock {
  return Object.fromEntries(seoulParts.formatToParts(date).map((part) => [part.type, part.value]));
}

/** ISO 8601 in Seoul time with its offset, e.g. `2023-09-18T00:00:00+09:00`, for `<time dateTime>` and feeds. */
export function isoInSeoul(date: Date): string {
  const parts = seoulClock(date);
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}+09:00`;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 822 date in Seoul time as RSS 2.0 wants it, e.g. `Mon, 18 Sep 2023 00:00:00 +0900`. */
export function rfc822InSeoul(date: Date): string {
  const parts = seoulClock(date);
  const [year, month, day] = [Number(parts.year), Number(parts.month), Number(parts.day)];
  // RFC 822 names are English whatever the locale, so they come from tables, not from Intl.
  const weekday = WEEKDAYS[new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  return `${weekday}, ${parts.day} ${MONTHS[month - 1]} ${parts.year} ${parts.hour}:${parts.minute}:${parts.second} +0900`;
}
