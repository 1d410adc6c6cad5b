/**
 * Every site path is made here, so links, the sitemap and canonical URLs agree. Segments are
 * percent-encoded: Korean slugs stay readable in the address bar but travel as valid URLs.
 */
const segment = (value: string) => encodeURIComponent(value);

export function homePath(page = 1): string {
  return page <= 1 ? '/' : `/page/${page}`;
}

export function articlePath(slug: string): string {
  return `/articles/${segment(slug)}`;
}

export function categoriesPath(): string {
  return '/categories';
}

export function categoryPath(slug: string, page = 1): string {
  const base = `/categories/${segment(slug)}`;
  return page <= 1 ? base : `${base}/page/${page}`;
}

export function siteFeedPath(): string {
  return '/feed.xml';
}

export function categoryFeedPath(slug: string): string {
  return `${categoryPath(slug)}/feed.xml`;
}

export function newsSitemapPath(): string {
  return '/news-sitemap.xml';
}

/** One part of the sitemap once it is split into an index, numbered from 1. */
export function sitemapPartPath(part: number): string {
  return `/sitemaps/${part}.xml`;
}

export function searchPath(): string {
  return '/search';
}

/**
 * The generated Open Graph picture of the site itself, for pages other than articles. Its `_` can never
 * appear in a slug, so no article can claim this address.
 */
export function siteOgImagePath(): string {
  return '/og/_site.png';
}

/** The generated Open Graph picture of an article that has no picture of its own. */
export function generatedOgImagePath(slug: string): string {
  return `/og/${segment(slug)}.png`;
}

/** A reporter's page, `/reporters/<slug>`, and its listing pages. */
export function reporterPath(slug: string, page = 1): string {
  const base = `/reporters/${segment(slug)}`;
  return page <= 1 ? base : `${base}/page/${page}`;
}

export function reporterFeedPath(slug: string): string {
  return `${reporterPath(slug)}/feed.xml`;
}

/** The HTML sitemap for readers (sections, pages, reporters); `/sitemap.xml` is the crawlers'. */
export function siteMapPagePath(): string {
  return '/sitemap';
}

/** A fixed page of `_pages/` at its decoded path (`/privacy`, `/회사소개`), each segment encoded. */
export function fixedPagePath(pagePath: string): string {
  return `/${pagePath.split('/').filter(Boolean).map(segment).join('/')}`;
}

export function tagPath(slug: string, page = 1): string {
  const base = `/tags/${segment(slug)}`;
  return page <= 1 ? base : `${base}/page/${page}`;
}

export function tagFeedPath(slug: string): string {
  return `${tagPath(slug)}/feed.xml`;
}
