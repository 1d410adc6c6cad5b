import { formatDay, parsePostDate, SEOUL, splitDatedFileName } from '../../clock';
import { hintForField } from '../front-matter-schema';
import { jekyllDateZone } from '../jekyll-dates';
import type { PostStep, StepProblem } from './post-step';

/**
 * `date` from the front matter or else the file name, and `updated` (the date when not set). Dates
 * without an offset are Seoul time, or, in a post imported from a Jekyll site, what they were to Jekyll.
 */
export const normaliseDates: PostStep = (post) => {
  const { frontMatter, lineOf } = post;
  const siteZone = post.jekyllTimeZone ?? SEOUL;
  const zoneOf = (field: string) =>
    post.jekyllTimeZone === undefined ? SEOUL : jekyllDateZone(post.frontMatterText, lineOf(field), siteZone);
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
  let updated = date.date;
  if (frontMatter.updated !== undefined) {
    const parsedUpdated = parsePostDate(frontMatter.updated, zoneOf('updated'));
    if (parsedUpdated.ok) updated = parsedUpdated.date;
    else {
      const line = lineOf('updated');
      problems.push({
        severity: 'error',
        field: 'updated',
        line,
        message: parsedUpdated.reason,
        hint: hintForField('updated'),
      });
    }
  }
  return { made: { date: date.date, updated, dateLine }, problems };
};
