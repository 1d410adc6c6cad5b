import { formatDay, hasClockTime, parsePostDate, SEOUL, splitDatedFileName } from '../../clock';
import { hintForField } from '../front-matter-schema';
import { jekyllDateZone } from '../jekyll-dates';
import type { PostStep, StepProblem, ValidPost } from './post-step';

/**
 * The zone a front-matter date field without an offset is read in: Seoul, or, in a post imported from a
 * Jekyll site, the zone Jekyll read it in.
 */
export function dateFieldZone(post: ValidPost, field: string): string {
  if (post.jekyllTimeZone === undefined) return SEOUL;
  return jekyllDateZone(post.frontMatterText, post.lineOf(field), post.jekyllTimeZone);
}

/**
 * `date` from the front matter or else the file name, and whether it gives a time of day (a file-name
 * date never does). `updated` is normaliseUpdated's.
 */
export const normaliseDates: PostStep = (post) => {
  const { frontMatter, lineOf } = post;
  const siteZone = post.jekyllTimeZone ?? SEOUL;
  const zoneOf = (field: string) => dateFieldZone(post, field);
  const { datePart } = splitDatedFileName(post.baseName);
  const dateText = frontMatter.date ?? datePart;
  const dateLine = frontMatter.date !== undefined ? lineOf('date') : 1;
  if (dateText === undefined) {
    const hint = 'add `date: YYYY-MM-DD` or name the file YYYY-MM-DD-제목.md';
    return {
      made: { dateLine },
      problems: [{ severity: 'error', field: 'date', line: 1, message: 'the post has no date', hint }],
      refuse: true,
    };
  }
  const date = parsePostDate(dateText, frontMatter.date !== undefined ? zoneOf('date') : siteZone);
  if (!date.ok) {
    const field = frontMatter.date !== undefined ? 'date' : 'file name';
    return {
      made: { dateLine },
      problems: [
        { severity: 'error', field, line: dateLine, message: date.reason, hint: hintForField('date') },
      ],
      refuse: true,
    };
  }
  const problems: StepProblem[] = [];
  if (frontMatter.date !== undefined && datePart !== undefined) {
    const fileDate = parsePostDate(datePart, siteZone);
    const zoneName = siteZone === SEOUL ? 'Seoul' : siteZone;
    if (fileDate.ok && formatDay(fileDate.date, siteZone) !== formatDay(date.date, siteZone)) {
      problems.push({
        severity: 'warning',
        field: 'date',
        line: dateLine,
        message: `the file name says ${datePart} but the date is ${formatDay(date.date, siteZone)} (${zoneName}); the front-matter date is used`,
        hint: 'rename the file or correct the date so the two agree',
      });
    }
  }
  const dateHasClockTime = frontMatter.date !== undefined && hasClockTime(frontMatter.date);
  return { made: { date: date.date, dateHasClockTime, dateLine }, problems };
};
