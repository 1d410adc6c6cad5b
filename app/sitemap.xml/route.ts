import { absoluteUrl } from '@/config/site';
import { getArchive, getNewsroom } from '@/lib/content';
import { sitemapPartPath } from '@/lib/routes';
import { siteSitemapEntries } from '@/lib/sitemaps/site-sitemap';
import { sitemapDocument, XML_CONTENT_TYPE } from '@/lib/sitemaps/sitemap-xml';

export const dynamic = 'force-static';

export async function GET() {
  const xml = sitemapDocument(siteSitemapEntries(await getArchive(), await getNewsroom()), (part) =>
    absoluteUrl(sitemapPartPath(part)),
  );
  return new Response(xml, { headers: { 'Content-Type': XML_CONTENT_TYPE } });
}
