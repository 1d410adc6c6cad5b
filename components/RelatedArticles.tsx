import type { ArticleSummary, CategoryRef } from '@/lib/content';
import { articlePath, categoryPath } from '@/lib/routes';

import { ArticleDate } from './ArticleDate';
import { SiteLink } from './SiteLink';

type Props = { category: CategoryRef | undefined; articles: ArticleSummary[] };

/** More from the article's category, newest first. */
export function RelatedArticles({ category, articles }: Props) {
  if (!category || articles.length === 0) return null;
  return (
    <section className="related-articles" aria-labelledby="related-articles-heading">
      <h2 id="related-articles-heading" className="related-articles__heading">
        {category.name} 관련 기사
      </h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <SiteLink href={articlePath(article.slug)}>{article.title}</SiteLink>{' '}
            <ArticleDate date={article.date} className="related-articles__date" />
          </li>
        ))}
      </ul>
      <p className="related-articles__more">
        <SiteLink href={categoryPath(category.slug)}>{category.name} 기사 모두 보기</SiteLink>
      </p>
    </section>
  );
}
