import type { Metadata } from 'next';

import { siteConfig } from '@/config/site';
import { formatIso } from '@/lib/clock';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/routes';

import { articleImageUrl, OG_IMAGE_SIZE } from './article-image';

/** Title, description, canonical URL, Open Graph article tags and the large Twitter card of an article. */
export function articleMetadata(article: Article): Metadata {
  const image = { url: articleImageUrl(article), ...OG_IMAGE_SIZE, alt: article.image?.alt ?? article.title };
  return {
    title: article.title,
    description: article.excerpt,
    alternates: { canonical: articlePath(article.slug) },
    openGraph: {
      type: 'article',
      url: articlePath(article.slug),
      title: article.title,
      description: article.excerpt,
      siteName: siteConfig.name,
      locale: siteConfig.locale,
      publishedTime: formatIso(article.date),
      modifiedTime: formatIso(article.updated),
      section: article.categories[0]?.name,
      tags: article.categories.map((category) => category.name),
      images: [image],
    },
    // X reads the title, description and picture from the Open Graph tags; only the card type is its own.
    twitter: { card: 'summary_large_image' },
  };
}
