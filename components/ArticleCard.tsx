import { listingShowsTime } from '@/lib/breaking-news';
import type { ArticleSummary } from '@/lib/content';
import { articlePath, categoryPath } from '@/lib/routes';

import { ArticleDate } from './ArticleDate';
import { SiteLink } from './SiteLink';

type Props = { article: ArticleSummary; headingLevel: 'h2' | 'h3' };

export function ArticleCard({ article, headingLevel: Heading }: Props) {
  const [category] = article.categories;
  return (
    <article className="article-card">
      <Heading className="article-card__title">
        <SiteLink href={articlePath(article.slug)}>{article.title}</SiteLink>
      </Heading>
      <p className="article-card__meta">
        {/* Rendered at build time (or on first request in large-archive mode): "now" is that moment. */}
        <ArticleDate date={article.date} style="dot" withTime={listingShowsTime(article, new Date())} />
        {category && (
          <>
            {' · '}
            <SiteLink href={categoryPath(category.slug)}>{category.name}</SiteLink>
          </>
        )}
      </p>
      <p className="article-card__excerpt">{article.excerpt}</p>
    </article>
  );
}
