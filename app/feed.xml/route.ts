import { getArchive } from '@/lib/content';
import { RSS_CONTENT_TYPE, siteFeed } from '@/lib/feeds/site-feeds';

export const dynamic = 'force-static';

export async function GET() {
  return new Response(await siteFeed(await getArchive()), { headers: { 'Content-Type': RSS_CONTENT_TYPE } });
}
