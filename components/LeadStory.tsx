import { listingShowsTime } from '@/lib/breaking-news';
import type { ArticleSummary } from '@/lib/content';
import { articlePath, categoryPath } from '@/lib/routes';

import { ArticleDate } from './ArticleDate';
import { ArticleThumbnail } from './ArticleThumbnail';
import { SiteLink } from './SiteLink';

type Props = { article: ArticleSummary };

/** The lead picture's width: the page column, up to the 68rem front-page width (7/12 of it on a desktop). */
const LEAD_SIZES = '(min-width: 64rem) 40rem, calc(100vw - 2rem)';

/** The front page's first story: its picture (the page's largest element, loaded first), title, summary, time and section. */
export function LeadStory({ article }: Props) {
  const [category] = article.categories;
  return (
    <article
      className={article.image ? 'lead-story lead-story--with-picture' : 'lead-story'}
      aria-labelledby="lead-story-title"
    >
      {article.image && (
        <ArticleThumbnail
          image={article.image}
          alt={article.image.alt}
          sizes={LEAD_SIZES}
          priority
          className="lead-story__picture"
        />
      )}
      <div className="lead-story__text">
        {article.breaking && <p className="lead-story__flag">속보</p>}
        <h2 id="lead-story-title" className="lead-story__title">
          <SiteLink href={articlePath(article.slug)}>{article.title}</SiteLink>
        </h2>
        <p className="lead-story__excerpt">{article.excerpt}</p>
        <p className="lead-story__meta">
          {/* Like every listing: the time within 24 hours of the build (or the first request), else the day. */}
          <ArticleDate date={article.date} style="dot" withTime={listingShowsTime(article, new Date())} />
          {category && (
            <>
              {' · '}
              <SiteLink href={categoryPath(category.slug)}>{category.name}</SiteLink>
            </>
          )}
        </p>
      </div>
    </article>
  );
}
