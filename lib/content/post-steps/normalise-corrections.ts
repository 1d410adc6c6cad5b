import { hasClockTime, parsePostDate } from '../../clock';
import { frontMatterText } from '../front-matter-text';
import type { Correction } from '../types';
import { dateFieldZone } from './normalise-dates';
import type { PostStep, StepProblem } from './post-step';

const HINT = 'write each correction as `- date: 2023-09-19 14:20` and `text: 무엇을 바로잡았는지`';

/**
 * `corrections:` as dated 바로잡습니다 notices, oldest first. An unreadable date or an empty text is an
 * error naming the entry; the other entries are kept.
 */
export const normaliseCorrections: PostStep = (post) => {
  const problems: StepProblem[] = [];
  const corrections: Correction[] = [];
  const line = post.lineOf('corrections');
  const zone = dateFieldZone(post, 'corrections');
  for (const [index, entry] of (post.frontMatter.corrections ?? []).entries()) {
    const date = parsePostDate(entry.date, zone);
    const text = frontMatterText(entry.text).replace(/\s+/g, ' ').trim();
    const report = (message: string) =>
      problems.push({ severity: 'error', field: 'corrections', line, message, hint: HINT });
    if (!date.ok) report(`correction ${index + 1}: ${date.reason}`);
    else if (!text) report(`correction ${index + 1} has no text`);
    else corrections.push({ date: date.date, text, hasClockTime: hasClockTime(entry.date) });
  }
  corrections.sort((a, b) => a.date.getTime() - b.date.getTime());
  return { made: { corrections }, problems };
};
