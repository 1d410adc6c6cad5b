import { formatIso } from '@/lib/clock';
import type { Article } from '@/lib/content';
import { articlePath } from '@/lib/routes';

/**
 * What search results show of an article besides its title: its own URL (Pagefind would otherwise derive
 * one from the built file's name) and its publication date, in Seoul time with its offset. Article pages
 * give these to Pagefind as `data-pagefind-meta`, and articles without a built page as record meta
 * (article-search-record.ts), so both kinds of hit read the same.
 */
export function searchMeta(article: Pick<Article, 'slug' | 'date'>): { url: string; published: string } {
  return { url: articlePath(article.slug), published: formatIso(article.date) };
}

// Pagefind reads one `key:value` per `data-pagefind-meta` attribute, so each value goes on its own element.

export function searchUrlMeta(article: Pick<Article, 'slug' | 'date'>): string {
  return `url:${searchMeta(article).url}`;
}

export function searchDateMeta(article: Pick<Article, 'slug' | 'date'>): string {
  return `published:${searchMeta(article).published}`;
}
