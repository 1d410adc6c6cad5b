const SEOUL = 'Asia/Seoul';

const koreanDate = new Intl.DateTimeFormat('ko-KR', { timeZone: SEOUL, year: 'numeric', month: 'long', day: 'numeric' });

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

/** ISO 8601 in Seoul time with its offset, e.g. `2023-09-18T00:00:00+09:00`, for `<time dateTime>` and feeds. */
export function isoInSeoul(date: Date): string {
  const parts = Object.fromEntries(seoulParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}+09:00`;
}
