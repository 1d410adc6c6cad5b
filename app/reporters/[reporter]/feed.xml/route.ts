import { getNewsroom, getReporterDesk } from '@/lib/content';
import { reporterFeed, RSS_CONTENT_TYPE } from '@/lib/feeds/site-feeds';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Context = { params: Promise<{ reporter: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

export async function generateStaticParams() {
  const reporters = (await getNewsroom()).desks.map((desk) => ({ reporter: desk.reporter.slug }));
  return exportableParams(reporters, { reporter: EXPORT_PLACEHOLDER });
}

export async function GET(_request: Request, { params }: Context) {
  const desk = await getReporterDesk((await params).reporter);
  if (!desk) return new Response('Not found', { status: 404 });
  return new Response(await reporterFeed(desk), { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
