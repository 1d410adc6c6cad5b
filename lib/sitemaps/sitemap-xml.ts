import { xmlElement } from '@/lib/xml-text';

/** The sitemap protocol's limit of URLs in one file; past it the sitemap becomes an index. */
export const SITEMAP_URL_LIMIT = 50_000;

/** How every sitemap, news sitemap and sitemap index is served. */
export const XML_CONTENT_TYPE = 'application/xml; charset=utf-8';

export type SitemapEntry = { url: string; lastModified: Date | undefined };

/** A `<urlset>` document. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map(
    (entry) =>
      `<url>${xmlElement('loc', entry.url)}${entry.lastModified ? xmlElement('lastmod', entry.lastModified.toISOString()) : ''}</url>`,
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

/** A `<sitemapindex>` document naming each part. */
export function sitemapIndexXml(parts: SitemapEntry[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...parts.map(
      (part) =>
        `<sitemap>${xmlElement('loc', part.url)}${part.lastModified ? xmlElement('lastmod', part.lastModified.toISOString()) : ''}</sitemap>`,
    ),
    '</sitemapindex>',
    '',
  ].join('\n');
}

/** Splits the entries into parts of at most `limit` URLs; always at least one part. */
export function sitemapParts(entries: SitemapEntry[], limit = SITEMAP_URL_LIMIT): SitemapEntry[][] {
  const parts: SitemapEntry[][] = [];
  for (let start = 0; start < entries.length; start += limit) parts.push(entries.slice(start, start + limit));
  return parts.length > 0 ? parts : [[]];
}

function newest(entries: SitemapEntry[]): Date | undefined {
  return entries.reduce<Date | undefined>(
    (latest, entry) =>
      entry.lastModified && (!latest || entry.lastModified > latest) ? entry.lastModified : latest,
    undefined,
  );
}

/**
 * What `/sitemap.xml` serves: the URLs themselves while they fit in one file, else an index of the
 * parts, each part's `lastmod` being its newest entry's.
 */
export function sitemapDocument(
  entries: SitemapEntry[],
  partUrl: (part: number) => string,
  limit = SITEMAP_URL_LIMIT,
): string {
  if (entries.length <= limit) return urlsetXml(entries);
  return sitemapIndexXml(
    sitemapParts(entries, limit).map((part, index) => ({
      url: partUrl(index + 1),
      lastModified: newest(part),
    })),
  );
}
