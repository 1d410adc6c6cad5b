import type { MetadataRoute } from 'next';

import { absoluteUrl } from '@/config/site';
import { newsSitemapPath } from '@/lib/routes';

// Written once at build time; the static export (output: 'export') needs this said.
export const dynamic = 'force-static';

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: '*', allow: '/' },
    sitemap: [absoluteUrl('/sitemap.xml'), absoluteUrl(newsSitemapPath())],
  };
}
