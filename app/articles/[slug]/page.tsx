import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ArticlePager } from '@/components/ArticlePager';
import { ArticleView } from '@/components/ArticleView';
import { JsonLd } from '@/components/JsonLd';
import { RelatedArticles } from '@/components/RelatedArticles';
import { adjacentArticles } from '@/lib/article-neighbours';
import { getArchive, getArticle, getByline, getPrerenderedArticles, getSiteFiles } from '@/lib/content';
import { articleMetadata } from '@/lib/metadata/article-metadata';
import { newsArticleJsonLd } from '@/lib/metadata/news-article';
import { relatedArticles } from '@/lib/related-articles';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ slug: string }> };

// dynamicParams is left at its default (true), and must stay a literal if ever set: in large-archive mode
// (PRERENDER_LATEST) the articles not prerendered are rendered on first request and then kept. An
// explicit `true` would break the static export, which builds every article anyway.
export async function generateStaticParams() {
  const articles = (await getPrerenderedArticles()).map((article) => ({ slug: article.slug }));
  return exportableParams(articles, { slug: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return articleMetadata(article);
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  const [archive, reporters, site] = await Promise.all([getArchive(), getByline(article), getSiteFiles()]);
  const { newer, older } = adjacentArticles(archive, article.slug);
  return (
    <>
      <JsonLd value={newsArticleJsonLd(article, reporters, site.publisher)} />
      <ArticleView article={article} reporters={reporters} />
      <RelatedArticles articles={relatedArticles(archive, article)} />
      <ArticlePager newer={newer} older={older} />
    </>
  );
}
