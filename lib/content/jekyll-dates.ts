/**
 * The zone in which Jekyll read a date without its own offset, for posts imported from a Jekyll site.
 * Jekyll runs in the site's `timezone`, so a file-name date, a date-only field and a quoted date are
 * times in that zone. But an unquoted YAML timestamp with a time (`date: 2024-06-12 23:30:00`) is turned
 * into a time by Jekyll's YAML reader first, and it reads such a timestamp as UTC. Both were seen with
 * real Jekyll 4.3 (tests/unit/jekyll-oracle.test.ts builds a site that has each shape).
 */

/** YAML 1.1's timestamp with a time and no zone (`Z` or an offset would be read as written). */
const PLAIN_TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?$/;

/** The value of `field` as written on its line, quotes kept, comment gone. */
function writtenValue(frontMatterText: string, line: number): string {
  const text = frontMatterText.split('\n')[line - 1] ?? '';
  return text
    .replace(/^[^:]*:/, '')
    .replace(/\s+#.*$/, '')
    .trim();
}

/**
 * The zone for `parsePostDate` of a front-matter date on `line` (1-based in the file, as `lineOfField`
 * gives it) of a post from a Jekyll site whose `timezone` is `siteTimeZone`.
 */
export function jekyllDateZone(frontMatterText: string, line: number, siteTimeZone: string): string {
  return PLAIN_TIMESTAMP.test(writtenValue(frontMatterText, line)) ? 'UTC' : siteTimeZone;
}
