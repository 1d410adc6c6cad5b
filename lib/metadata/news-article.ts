import { absoluteUrl, siteConfig } from '@/config/site';
import { formatIso } from '@/lib/clock';
import type { Article } from '@/lib/content';
import { articlePath, homePath } from '@/lib/routes';

import { articleImageUrl } from './article-image';

/** schema.org `NewsArticle` for an article page, dates in Seoul time with `+09:00`. */
export function newsArticleJsonLd(article: Article) {
  const publisher = { '@type': 'NewsMediaOrganization', name: siteConfig.name, url: absoluteUrl(homePath()) };
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
    // Posts name no writer; the newsroom itself stands behind each one.
    author: { '@type': 'Organization', name: siteConfig.name, url: absoluteUrl(homePath()) },
    publisher,
  };
}
