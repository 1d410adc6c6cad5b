import { absoluteUrl, siteConfig } from '@/config/site';
import type { Archive } from '@/lib/content/archive';
import type { Newsroom } from '@/lib/content/newsroom';
import { sitePages } from '@/lib/site-urls';

import type { SitemapEntry } from './sitemap-xml';

/** Every page of the site as absolute sitemap entries, each with its content's own date. */
export function siteSitemapEntries(archive: Archive, newsroom?: Newsroom): SitemapEntry[] {
  return sitePages(archive, siteConfig.articlesPerPage, newsroom).map((page) => ({
    url: absoluteUrl(page.path),
    lastModified: page.lastModified,
  }));
}
