/**
 * Jekyll reads a post's `date` without an offset in the site's `timezone`; this site reads it in Seoul.
 * The importer never rewrites the date, so where the two zones disagree it asks the editor to add the
 * offset the old site meant.
 */
import { offsetText, parsePostDate, SEOUL, wallClock } from '../clock';

const FRONT_MATTER_DATE =
  /^date:\s*['"]?(\d{4}-\d{2}-\d{2}[T ]\d{1,2}:\d{2}(?::\d{2})?)\s*(['"]?)\s*(?:#.*)?$/m;

/** A note for the report when the post's clock time would move, else undefined. */
export function dateZoneNote(postText: string, siteTimeZone: string): string | undefined {
  const match = FRONT_MATTER_DATE.exec(postText);
  if (!match?.[1]) return undefined;
  const read = parsePostDate(match[1], 'UTC');
  if (!read.ok) return undefined;
  const site = wallClock(read.date, siteTimeZone).offsetMinutes;
  if (site === wallClock(read.date, SEOUL).offsetMinutes) return undefined;
  return `date "${match[1]}" has no offset: Jekyll read it in ${siteTimeZone}, this site reads it in Asia/Seoul; write it as "${match[1]} ${offsetText(site)}" to keep the old time`;
}
