import { absoluteUrl, siteConfig } from '@/config/site';
import { formatIso } from '@/lib/clock';
import type { Article, Publisher, Reporter } from '@/lib/content';
import { articlePath, homePath, reporterPath } from '@/lib/routes';

import { articleImageUrl } from './article-image';

/** schema.org `NewsArticle` for an article page, dates in Seoul time with `+09:00`. */
export function newsArticleJsonLd(article: Article, reporters: Reporter[] = [], about?: Publisher) {
  const name = about?.name ?? siteConfig.name;
  const logo = { '@type': 'ImageObject', url: absoluteUrl(about?.logo ?? '/icon.svg') };
  const publisher = { '@type': 'NewsMediaOrganization', name, url: absoluteUrl(homePath()), logo };
  const newsroom = { '@type': 'Organization', name, url: absoluteUrl(homePath()) };
  const people = reporters.map((reporter) => ({
    '@type': 'Person',
    name: reporter.name,
    ...(reporter.slug ? { url: absoluteUrl(reporterPath(reporter.slug)) } : {}),
    ...(reporter.role !== '기자' ? { jobTitle: reporter.role } : {}),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': absoluteUrl(articlePath(article.slug)) },
    headline: article.title,
    description: article.excerpt,
    datePublished: formatIso(article.date),
    dateModified: formatIso(article.updated),
    image: [articleImageUrl(article)],
    articleSection: article.categories.map((category) => category.name),
    inLanguage: siteConfig.language,
    // A post that names no reporter is the newsroom's own.
    author: people.length > 0 ? people : newsroom,
    publisher,
  };
}
