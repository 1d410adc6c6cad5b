import { hasClockTime, parsePostDate } from '../../clock';
import { hintForField } from '../front-matter-schema';
import { dateFieldZone } from './normalise-dates';
import { madeEarlier, type PostStep, type StepProblem } from './post-step';

/**
 * When the article last changed (its 수정 time): the latest of its date, `updated`, Jekyll's
 * `last_modified_at` (jekyll-last-modified-at, Minimal Mistakes) and its latest correction. Never earlier
 * than the date, so an `updated` written before it changes nothing.
 */
export const normaliseUpdated: PostStep = (post, draft) => {
  let updated = madeEarlier(draft.date, 'date');
  let updatedHasClockTime = madeEarlier(draft.dateHasClockTime, 'dateHasClockTime');
  const consider = (date: Date, withTime: boolean) => {
    if (date.getTime() <= updated.getTime()) return;
    updated = date;
    updatedHasClockTime = withTime;
  };
  const problems: StepProblem[] = [];
  for (const field of ['updated', 'last_modified_at'] as const) {
    const written = post.frontMatter[field];
    if (written === undefined) continue;
    const parsed = parsePostDate(written, dateFieldZone(post, field));
    if (parsed.ok) consider(parsed.date, hasClockTime(written));
    else
      problems.push({
        severity: 'error',
        field,
        line: post.lineOf(field),
        message: parsed.reason,
        hint: hintForField(field),
      });
  }
  const latest = madeEarlier(draft.corrections, 'corrections').at(-1);
  if (latest) consider(latest.date, latest.hasClockTime);
  return { made: { updated, updatedHasClockTime }, problems };
};
