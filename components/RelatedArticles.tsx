import type { ArticleSummary } from '@/lib/content';
import { articlePath } from '@/lib/routes';

import { ArticleDate } from './ArticleDate';
import { SiteLink } from './SiteLink';

type Props = { articles: ArticleSummary[] };

/** Articles sharing this one's tags, then its categories (lib/related-articles.ts ranks them). */
export function RelatedArticles({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="related-articles" aria-labelledby="related-articles-heading">
      <h2 id="related-articles-heading" className="related-articles__heading">
        관련 기사
      </h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <SiteLink href={articlePath(article.slug)}>{article.title}</SiteLink>{' '}
            <ArticleDate date={article.date} style="dot" className="related-articles__date" />
          </li>
        ))}
      </ul>
    </section>
  );
}
