import { absoluteUrl, siteConfig } from '@/config/site';
import type { Archive } from '@/lib/content/archive';
import { categoryFeedPath, categoryPath, homePath, siteFeedPath } from '@/lib/routes';

import { rssFeed } from './rss';

/** The feed of the whole site. */
export function siteFeed(archive: Archive): string {
  return rssFeed({
    title: siteConfig.name,
    description: siteConfig.description,
    pageUrl: absoluteUrl(homePath()),
    feedUrl: absoluteUrl(siteFeedPath()),
    origin: siteConfig.origin,
    articles: archive.articles,
  });
}

/** One category's feed, or undefined for a category the archive does not have. */
export function categoryFeed(archive: Archive, slug: string): string | undefined {
  const category = archive.categories.find((candidate) => candidate.slug === slug);
  if (!category) return undefined;
  return rssFeed({
    title: `${category.name} | ${siteConfig.name}`,
    description: `${siteConfig.name}의 ${category.name} 기사`,
    pageUrl: absoluteUrl(categoryPath(category.slug)),
    feedUrl: absoluteUrl(categoryFeedPath(category.slug)),
    origin: siteConfig.origin,
    articles: archive.byCategory.get(slug) ?? [],
  });
}

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
