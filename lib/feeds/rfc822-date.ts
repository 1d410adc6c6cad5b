const seoulParts = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Asia/Seoul',
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** RFC 822 date in Seoul time as RSS 2.0 wants it, e.g. `Mon, 18 Sep 2023 00:00:00 +0900`. */
export function rfc822InSeoul(date: Date): string {
  const parts = Object.fromEntries(seoulParts.formatToParts(date).map((part) => [part.type, part.value]));
  return `${parts.weekday}, ${parts.day} ${parts.month} ${parts.year} ${parts.hour}:${parts.minute}:${parts.second} +0900`;
}
