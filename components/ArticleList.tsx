import type { ArticleSummary } from '@/lib/content';

import { ArticleCard } from './ArticleCard';

type Props = { articles: ArticleSummary[] };

export function ArticleList({ articles }: Props) {
  if (articles.length === 0) return <p className="empty-state">아직 기사가 없습니다.</p>;
  return (
    <ol className="article-list">
      {articles.map((article) => (
        <li key={article.slug}>
          <ArticleCard article={article} headingLevel="h2" />
        </li>
      ))}
    </ol>
  );
}
