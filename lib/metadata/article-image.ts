import { absoluteUrl } from '@/config/site';
import type { Article } from '@/lib/content';
import { generatedOgImagePath } from '@/lib/routes';

/** The picture shared with the article: its own, else the one generated from its title. */
export function articleImageUrl(article: Pick<Article, 'slug' | 'image'>): string {
  return absoluteUrl(article.image ? article.image.src : generatedOgImagePath(article.slug));
}

export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;
