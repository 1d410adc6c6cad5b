import { absoluteUrl, siteConfig } from '@/config/site';
import { getFullArticles, type ReporterDesk } from '@/lib/content';
import type { Archive } from '@/lib/content/archive';
import {
  categoryFeedPath,
  categoryPath,
  homePath,
  reporterFeedPath,
  reporterPath,
  siteFeedPath,
  tagFeedPath,
  tagPath,
} from '@/lib/routes';

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

/** One reporter's feed: their articles, newest first. */
export async function reporterFeed({ reporter, articles }: ReporterDesk): Promise<string> {
  return rssFeed({
    title: `${reporter.name} ${reporter.role} | ${siteConfig.name}`,
    description: `${siteConfig.name} ${reporter.name} ${reporter.role}의 기사`,
    pageUrl: absoluteUrl(reporterPath(reporter.slug)),
    feedUrl: absoluteUrl(reporterFeedPath(reporter.slug)),
    origin: siteConfig.origin,
    articles: await getFullArticles(articles.slice(0, FEED_SIZE)),
  });
}

/** One tag's feed, or undefined for a tag the archive does not have. */
export async function tagFeed(archive: Archive, slug: string): Promise<string | undefined> {
  const articles = archive.byTag.get(slug);
  const tag = articles && archive.tags.find((candidate) => candidate.slug === slug);
  if (!articles || !tag) return undefined;
  return rssFeed({
    title: `#${tag.name} | ${siteConfig.name}`,
    description: `${siteConfig.name}의 #${tag.name} 기사`,
    pageUrl: absoluteUrl(tagPath(tag.slug)),
    feedUrl: absoluteUrl(tagFeedPath(tag.slug)),
    origin: siteConfig.origin,
    articles: await getFullArticles(articles.slice(0, FEED_SIZE)),
  });
}

export const RSS_CONTENT_TYPE = 'application/rss+xml; charset=utf-8';
