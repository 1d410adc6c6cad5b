/**
 * Jekyll reads a post's `date` without an offset in the site's `timezone`; this site reads it in Seoul.
 * The importer never rewrites the date, so where the two zones disagree it asks the editor to add the
 * offset the old site meant.
 */
const FRONT_MATTER_DATE =
  /^date:\s*['"]?(\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?)\s*(['"]?)\s*(?:#.*)?$/m;

function offsetMinutes(timeZone: string, at: Date): number {
  const name =
    new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

/** A note for the report when the post's clock time would move, else undefined. */
export function dateZoneNote(postText: string, siteTimeZone: string): string | undefined {
  const match = FRONT_MATTER_DATE.exec(postText);
  if (!match?.[1]) return undefined;
  const at = new Date(`${match[1].replace(' ', 'T')}Z`);
  if (Number.isNaN(at.getTime())) return undefined;
  const site = offsetMinutes(siteTimeZone, at);
  if (site === offsetMinutes('Asia/Seoul', at)) return undefined;
  return `date "${match[1]}" has no offset: Jekyll read it in ${siteTimeZone}, this site reads it in Asia/Seoul; write it as "${match[1]} ${offsetText(site)}" to keep the old time`;
}
