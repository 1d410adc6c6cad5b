import { getArchive, getTag, getTags } from '@/lib/content';
import { RSS_CONTENT_TYPE, tagFeed } from '@/lib/feeds/site-feeds';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Context = { params: Promise<{ tag: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const tags = (await getTags()).map((tag) => ({ tag: tag.slug }));
  return exportableParams(tags, { tag: EXPORT_PLACEHOLDER });
}

export async function GET(_request: Request, { params }: Context) {
  const found = await getTag((await params).tag);
  const xml = found && (await tagFeed(await getArchive(), found.tag.slug));
  if (!xml) return new Response('Not found', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
