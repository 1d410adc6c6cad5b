import { ImageResponse } from 'next/og';
import { ArticleOgImage } from '@/components/ArticleOgImage';
import { siteConfig } from '@/config/site';
import { getArticle, getArticles } from '@/lib/content';
import { OG_IMAGE_SIZE } from '@/lib/metadata/article-image';
import { ogFonts } from '@/lib/og/og-fonts';

type Context = { params: Promise<{ image: string }> };

export const dynamic = 'force-static';
export const dynamicParams = false;

// Only articles without a picture of their own get one generated, so a large archive of illustrated
// articles costs nothing here.
export async function generateStaticParams() {
  return (await getArticles()).filter((article) => !article.image).map((article) => ({ image: `${article.slug}.png` }));
}

export async function GET(_request: Request, { params }: Context) {
  const article = await getArticle((await params).image.replace(/\.png$/, ''));
  if (!article || article.image) return new Response('Not found', { status: 404 });
  return new ImageResponse(<ArticleOgImage title={article.title} category={article.categories[0]?.name} siteName={siteConfig.name} />, {
    ...OG_IMAGE_SIZE,
    fonts: await ogFonts(),
  });
}
