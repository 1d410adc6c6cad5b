import { formatDayTime } from '@/lib/clock';
import { NEWS_WINDOW_HOURS } from '@/lib/sitemaps/news-sitemap';

/**
 * Listings show the time of day for articles from the last 24 hours before the build, and the day
 * otherwise (the newsroom issue's rule), so an article crossing that line changes what listings show.
 */
export const LISTING_TIME_WINDOW_HOURS = 24;

const HOUR = 60 * 60 * 1000;

export type DatedPost = { sourcePath: string; date: Date };

/** Why a deploy is due: something a build made at `now` would show differently from one made at `since`. */
export type DeployReason = {
  sourcePath: string;
  /** When it happened, between `since` and `now`. */
  at: Date;
  what: 'published' | 'left-listing-time-window' | 'left-news-window';
};

export type DeployDecision = { due: boolean; reasons: DeployReason[] };

/**
 * A static site changes with time in three ways: a scheduled post's time comes (it is held back until
 * then), an article leaves the listings' 24-hour window, and it leaves the Google News sitemap's
 * 48-hour window. A deploy is due when one of them happened after the last deploy (`since`) and by
 * `now`; each is named.
 */
export function deployDecision(posts: DatedPost[], since: Date, now: Date): DeployDecision {
  if (since.getTime() > now.getTime())
    throw new RangeError(`--since ${since.toISOString()} is later than now (${now.toISOString()})`);
  const moments: [DeployReason['what'], number][] = [
    ['published', 0],
    ['left-listing-time-window', LISTING_TIME_WINDOW_HOURS],
    ['left-news-window', NEWS_WINDOW_HOURS],
  ];
  const reasons = posts.flatMap((post) =>
    moments.flatMap(([what, hours]) => {
      const at = new Date(post.date.getTime() + hours * HOUR);
      return at.getTime() > since.getTime() && at.getTime() <= now.getTime()
        ? [{ sourcePath: post.sourcePath, at, what }]
        : [];
    }),
  );
  reasons.sort((a, b) => a.at.getTime() - b.at.getTime() || a.sourcePath.localeCompare(b.sourcePath));
  return { due: reasons.length > 0, reasons };
}

const EXPLANATIONS: Record<DeployReason['what'], string> = {
  published: 'its publication time came (a scheduled post the last build held back)',
  'left-listing-time-window': `it left the listings' ${LISTING_TIME_WINDOW_HOURS}-hour window (listings show its day instead of its time)`,
  'left-news-window': `it left the Google News sitemap's ${NEWS_WINDOW_HOURS}-hour window`,
};

/** The decision as the workflow log shows it: a verdict line, then one line per reason. */
export function describeDecision(decision: DeployDecision, since: Date, now: Date): string[] {
  const span = `between ${formatDayTime(since)} and ${formatDayTime(now)} (Seoul)`;
  if (!decision.due) return [`No deploy due: no post was published or left a time window ${span}.`];
  return [
    `Deploy due: ${decision.reasons.length} change${decision.reasons.length === 1 ? '' : 's'} ${span}.`,
    ...decision.reasons.map(
      (reason) => `  ${reason.sourcePath}: at ${formatDayTime(reason.at)}, ${EXPLANATIONS[reason.what]}`,
    ),
  ];
}
