import { listingShowsTime } from '@/lib/breaking-news';
import type { ArticleSummary, Category } from '@/lib/content';
import { articlePath, categoryPath } from '@/lib/routes';

import { ArticleDate } from './ArticleDate';
import { SiteLink } from './SiteLink';

type Props = { category: Category; articles: ArticleSummary[] };

/** One category on the front page: its name linking to its page, and its newest articles. */
export function CategorySection({ category, articles }: Props) {
  const headingId = `section-${category.slug}`;
  return (
    <section className="category-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="front-heading category-section__heading">
        <SiteLink href={categoryPath(category.slug)}>{category.name}</SiteLink>
      </h2>
      <ul className="category-section__list">
        {articles.map((article) => (
          <li key={article.slug}>
            <SiteLink href={articlePath(article.slug)}>{article.title}</SiteLink>{' '}
            <ArticleDate
              date={article.date}
              style="dot"
              withTime={listingShowsTime(article, new Date())}
              className="category-section__date"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
