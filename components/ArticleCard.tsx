import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { articlePath, categoryPath } from '@/lib/routes';
import { ArticleDate } from './ArticleDate';

type Props = { article: ArticleSummary; headingLevel: 'h2' | 'h3' };

export function ArticleCard({ article, headingLevel: Heading }: Props) {
  const [category] = article.categories;
  return (
    <article className="article-card">
      <Heading className="article-card__title">
        <Link href={articlePath(article.slug)}>{article.title}</Link>
      </Heading>
      <p className="article-card__meta">
        <ArticleDate date={article.date} />
        {category && (
          <>
            {' · '}
            <Link href={categoryPath(category.slug)}>{category.name}</Link>
          </>
        )}
      </p>
      <p className="article-card__excerpt">{article.excerpt}</p>
    </article>
  );
}
