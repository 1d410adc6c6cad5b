import { formatIso, formatRfc822 } from '@/lib/clock';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/routes';
import { xmlElement, xmlText } from '@/lib/xml-text';

import { articleHtmlForFeed } from './article-html';

/** How many of the newest articles a feed carries. */
export const FEED_SIZE = 60;

export type FeedChannel = {
  title: string;
  description: string;
  /** Absolute URL of the page the feed mirrors. */
  pageUrl: string;
  /** Absolute URL the feed itself is served at. */
  feedUrl: string;
  /** Absolute site origin, for article links and for site paths inside bodies. */
  origin: string;
  /** Newest first; only the first {@link FEED_SIZE} are used. */
  articles: Article[];
};

function newestUpdate(articles: Article[]): Date | undefined {
  return articles.reduce<Date | undefined>(
    (latest, article) => (!latest || article.updated > latest ? article.updated : latest),
    undefined,
  );
}

function feedItem(article: Article, origin: string): string {
  const url = new URL(articlePath(article.slug), `${origin}/`).toString();
  return [
    '<item>',
    xmlElement('title', article.title),
    xmlElement('link', url),
    // The article URL never changes once published, so it doubles as the item's permanent id.
    xmlElement('guid', url, ' isPermaLink="true"'),
    xmlElement('pubDate', formatRfc822(article.date)),
    // RSS has no item update date; Atom's (in the namespace the feed already declares) tells readers of a 수정.
    xmlElement('atom:updated', formatIso(article.updated)),
    ...article.categories.map((category) => xmlElement('category', category.name)),
    xmlElement('description', article.excerpt),
    xmlElement('content:encoded', articleHtmlForFeed(article, origin)),
    '</item>',
  ].join('');
}

/** An RSS 2.0 document with full article bodies in `content:encoded`. */
export function rssFeed(channel: FeedChannel): string {
  const articles = channel.articles.slice(0, FEED_SIZE);
  const updated = newestUpdate(articles);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
    '<channel>',
    xmlElement('title', channel.title),
    xmlElement('link', channel.pageUrl),
    xmlElement('description', channel.description),
    '<language>ko</language>',
    `<atom:link href="${xmlText(channel.feedUrl)}" rel="self" type="application/rss+xml"/>`,
    // The newest change to what the feed carries, not the build time: rebuilding changes nothing.
    updated ? xmlElement('lastBuildDate', formatRfc822(updated)) : '',
    ...articles.map((article) => feedItem(article, channel.origin)),
    '</channel>',
    '</rss>',
    '',
  ].join('\n');
}
