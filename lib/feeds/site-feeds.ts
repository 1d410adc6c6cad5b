import { absoluteUrl, siteConfig } from '@/config/site';
import { getFullArticles } from '@/lib/content';
import type { Archive } from '@/lib/content/archive';
import { categoryFeedPath, categoryPath, homePath, siteFeedPath } from '@/lib/routes';

import { FEED_SIZE, rssFeed } from './rss';

/** The feed of the whole site. */
export async function siteFeed(archive: Archive): Promise<string> {
  return rssFeed({
    title: siteConfig.name,
    description: siteConfig.description,
    pageUrl: absoluteUrl(homePath()),
    feedUrl: absoluteUrl(siteFeedPath()),
    origin: siteConfig.origin,
    // Only the items carry bodies: they are read from the store, the rest of the archive is not.
    articles: await getFullArticles(archive.articles.slice(0, FEED_SIZE)),
  });
}

/** One category's feed, or undefined for a category the archive does not have. */
export async function categoryFeed(archive: Archive, slug: string): Promise<string | undefined> {
  const category = archive.categories.find((candidate) => candidate.slug === slug);
  if (!category) return undefined;
  return rssFeed({
    title: `${category.name} | ${siteConfig.name}`,
    description: `${siteConfig.name}의 ${category.name} 기사`,
    pageUrl: absoluteUrl(categoryPath(category.slug)),
    feedUrl: absoluteUrl(categoryFeedPath(category.slug)),
    origin: siteConfig.origin,
    articles: await getFullArticles((archive.byCategory.get(slug) ?? []).slice(0, FEED_SIZE)),
  });
}

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
