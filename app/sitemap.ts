import type { MetadataRoute } from 'next';
import { absoluteUrl, siteConfig } from '@/config/site';
import { getArchive } from '@/lib/content';
import { sitePages } from '@/lib/site-urls';

// Written once at build time; the static export (output: 'export') needs this said.
export const dynamic = 'force-static';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitePages(await getArchive(), siteConfig.articlesPerPage).map((page) => ({
    url: absoluteUrl(page.path),
    lastModified: page.lastModified,
  }));
}
