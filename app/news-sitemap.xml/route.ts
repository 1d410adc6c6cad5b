import { absoluteUrl, siteConfig } from '@/config/site';
import { getArticles } from '@/lib/content';
import { articlePath } from '@/lib/routes';
import { newsSitemapXml, recentNews } from '@/lib/sitemaps/news-sitemap';
import { XML_CONTENT_TYPE } from '@/lib/sitemaps/sitemap-xml';

// Built once: the 48-hour window is measured from the build, as on any static host.
export const dynamic = 'force-static';

export async function GET() {
  const entries = recentNews(await getArticles(), new Date()).map((article) => ({
    url: absoluteUrl(articlePath(article.slug)),
    title: article.title,
    date: article.date,
  }));
  return new Response(newsSitemapXml(entries, siteConfig.name, siteConfig.language), {
    headers: { 'Content-Type': XML_CONTENT_TYPE },
  });
}
