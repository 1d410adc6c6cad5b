import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/ArticleView';
import { getArticle, getPrerenderedArticles } from '@/lib/content';
import { articlePath } from '@/lib/routes';

type Props = { params: Promise<{ slug: string }> };

// dynamicParams is left at its default (true), and must stay a literal if ever set: in large-archive mode
// (PRERENDER_LATEST) the articles not prerendered are rendered on first request and then kept. An
// explicit `true` would break the static export, which builds every article anyway.
export async function generateStaticParams() {
  return (await getPrerenderedArticles()).map((article) => ({ slug: article.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await getArticle((await params).slug);
  if (!article) return {};
  return {
    title: article.title,
    description: article.excerpt,
    alternates: { canonical: articlePath(article.slug) },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await getArticle((await params).slug);
  if (!article) notFound();
  return <ArticleView article={article} />;
}
