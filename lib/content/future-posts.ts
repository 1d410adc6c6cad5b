import { formatDayTime } from '../clock';
import type { ContentProblem } from './problems';
import type { Article } from './types';

/** Environment variable that builds posts dated in the future, like Jekyll's `--future`. */
export const BUILD_FUTURE_VARIABLE = 'BUILD_FUTURE';

export function buildFutureFromEnvironment(
  environment: Record<string, string | undefined> = process.env,
): boolean {
  return /^(1|true|yes)$/i.test(environment[BUILD_FUTURE_VARIABLE]?.trim() ?? '');
}

/**
 * Posts dated after `now` are held back, as Jekyll does without `--future`; each one is named in a
 * warning so that nothing disappears silently.
 */
export function holdBackFuturePosts(
  articles: Article[],
  now: Date,
  buildFuture: boolean,
  dateLineOf: (article: Article) => number = () => 1,
): { articles: Article[]; problems: ContentProblem[] } {
  if (buildFuture) return { articles, problems: [] };
  const problems: ContentProblem[] = [];
  const kept = articles.filter((article) => {
    if (article.date.getTime() <= now.getTime()) return true;
    problems.push({
      severity: 'warning',
      file: article.sourcePath,
      line: dateLineOf(article),
      column: 1,
      field: 'date',
      message: `dated ${formatDayTime(article.date)} (Seoul), in the future, so it is held back`,
      hint: `it is built once that time has passed; set ${BUILD_FUTURE_VARIABLE}=1 to build it now`,
    });
    return false;
  });
  return { articles: kept, problems };
}
