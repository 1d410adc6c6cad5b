import type { Article } from '@/lib/content';
import { isoInSeoul } from '@/lib/display-dates';
import { articlePath } from '@/lib/routes';

// Pagefind reads one `key:value` per `data-pagefind-meta` attribute, so each value goes on its own element.

/** The article's own URL for search results; Pagefind would otherwise derive one from the built file's name. */
export function searchUrlMeta(article: Pick<Article, 'slug'>): string {
  return `url:${articlePath(article.slug)}`;
}

/** The publication date search results show, in Seoul time with its offset. */
export function searchDateMeta(article: Pick<Article, 'date'>): string {
  return `published:${isoInSeoul(article.date)}`;
}
