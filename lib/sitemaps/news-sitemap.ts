import { formatIso } from '@/lib/clock';
import type { ArticleSummary } from '@/lib/content';
import { xmlElement } from '@/lib/xml-text';

/** Google News takes articles from the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

/**
 * Articles published in the {@link NEWS_WINDOW_HOURS} hours before `now`, newest first. On a static
 * site `now` is the build time, so the window moves only when the site is rebuilt.
 */
export function recentNews<T extends Pick<ArticleSummary, 'date'>>(articles: T[], now: Date): T[] {
  const since = now.getTime() - NEWS_WINDOW_HOURS * 60 * 60 * 1000;
  return articles
    .filter((article) => article.date.getTime() >= since && article.date.getTime() <= now.getTime())
    .sort((a, b) => b.date.getTime() - a.date.getTime())
    .slice(0, NEWS_SITEMAP_LIMIT);
}

export type NewsEntry = { url: string; title: string; date: Date };

/** A Google News sitemap naming the publication, each article's publication date and its title. */
export function newsSitemapXml(entries: NewsEntry[], publicationName: string, language: string): string {
  const publication = `<news:publication>${xmlElement('news:name', publicationName)}${xmlElement('news:language', language)}</news:publication>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...entries.map(
      (entry) =>
        `<url>${xmlElement('loc', entry.url)}<news:news>${publication}${xmlElement('news:publication_date', formatIso(entry.date))}${xmlElement('news:title', entry.title)}</news:news></url>`,
    ),
    '</urlset>',
    '',
  ].join('\n');
}
