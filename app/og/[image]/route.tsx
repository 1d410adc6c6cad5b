import { siteConfig } from '@/config/site';
import { getArticle, getPrerenderedArticles } from '@/lib/content';
import { articleOgImage } from '@/lib/og/article-og-image';
import { siteOgImagePath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Context = { params: Promise<{ image: string }> };

export const dynamic = 'force-static';

const SITE_IMAGE = siteOgImagePath().split('/').pop() ?? '';

// The site's own picture, and one for each article without a picture of its own: a large archive of
// illustrated articles costs nothing here. The site picture also keeps the list from ever being empty,
// which a static export refuses. In large-archive mode only the prerendered articles' pictures are made
// at build time; the others are drawn on first request and kept, like their pages.
export async function generateStaticParams() {
  const articles = (await getPrerenderedArticles()).filter((article) => !article.image);
  const images = [{ image: SITE_IMAGE }, ...articles.map((article) => ({ image: `${article.slug}.png` }))];
  return exportableParams(images, { image: EXPORT_PLACEHOLDER });
}

export async function GET(_request: Request, { params }: Context) {
  const { image } = await params;
  if (image === SITE_IMAGE) {
    return articleOgImage({ title: siteConfig.description, category: undefined, siteName: siteConfig.name });
  }
  const article = await getArticle(image.replace(/\.png$/, ''));
  if (!article || article.image) return new Response('Not found', { status: 404 });
  return articleOgImage({
    title: article.title,
    category: article.categories[0]?.name,
    siteName: siteConfig.name,
  });
}
