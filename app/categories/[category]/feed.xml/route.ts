import { getArchive, getCategories, getCategory } from '@/lib/content';
import { categoryFeed, RSS_CONTENT_TYPE } from '@/lib/feeds/site-feeds';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Context = { params: Promise<{ category: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const categories = (await getCategories()).map((category) => ({ category: category.slug }));
  return exportableParams(categories, { category: EXPORT_PLACEHOLDER });
}

export async function GET(_request: Request, { params }: Context) {
  const found = await getCategory((await params).category);
  const xml = found && (await categoryFeed(await getArchive(), found.category.slug));
  if (!xml) return new Response('Not found', { status: 404 });
  return new Response(xml, { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
