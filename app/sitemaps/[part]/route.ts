import { getArchive, getNewsroom } from '@/lib/content';
import { siteSitemapEntries } from '@/lib/sitemaps/site-sitemap';
import { sitemapParts, urlsetXml, XML_CONTENT_TYPE } from '@/lib/sitemaps/sitemap-xml';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Context = { params: Promise<{ part: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const parts = sitemapParts(siteSitemapEntries(await getArchive(), await getNewsroom())).map((_, index) => ({
    part: `${index + 1}.xml`,
  }));
  return exportableParams(parts, { part: EXPORT_PLACEHOLDER });
}

export async function GET(_request: Request, { params }: Context) {
  const number = Number(/^(\d+)\.xml$/.exec((await params).part)?.[1]);
  const part = sitemapParts(siteSitemapEntries(await getArchive(), await getNewsroom()))[number - 1];
  if (!part) return new Response('Not found', { status: 404 });
  return new Response(urlsetXml(part), { headers: { 'Content-Type': XML_CONTENT_TYPE } });
}
