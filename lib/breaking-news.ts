import { isWithinHoursBefore } from './clock';
import type { ArticleSummary } from './content';

/** How far back the home ticker reaches: breaking news older than this is no longer breaking. */
export const TICKER_HOURS = 48;
/** Listings print the time of an article this recent, and only its day otherwise. */
export const LISTING_TIME_HOURS = 24;

/** The ticker's articles: `breaking: true` and from the last 48 hours before `now`, newest first. */
export function tickerArticles<T extends Pick<ArticleSummary, 'date' | 'breaking'>>(
  articles: T[],
  now: Date,
): T[] {
  return articles
    .filter((article) => article.breaking && isWithinHoursBefore(article.date, now, TICKER_HOURS))
    .sort((a, b) => b.date.getTime() - a.date.getTime());
}

/** A listing shows the time of an article from the last 24 hours (when its date has one), else the day. */
export function listingShowsTime(
  article: Pick<ArticleSummary, 'date' | 'dateHasClockTime'>,
  now: Date,
): boolean {
  return article.dateHasClockTime && isWithinHoursBefore(article.date, now, LISTING_TIME_HOURS);
}
