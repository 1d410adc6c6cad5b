import { listingShowsTime } from '@/lib/breaking-news';
import type { ArticleSummary } from '@/lib/content';
import { articlePath, categoryPath } from '@/lib/routes';

import { ArticleDate } from './ArticleDate';
import { ArticleThumbnail } from './ArticleThumbnail';
import { SiteLink } from './SiteLink';

type Props = {
  article: ArticleSummary;
  headingLevel: 'h2' | 'h3';
  /** Width of the card's picture in the layout (see ArticleThumbnail); the listing's by default. */
  thumbnailSizes?: string;
};

/** A listing's picture beside the text: 9rem on a phone, 12rem from 40rem up. */
const LISTING_THUMBNAIL_SIZES = '(min-width: 40rem) 12rem, 9rem';

export function ArticleCard({
  article,
  headingLevel: Heading,
  thumbnailSizes = LISTING_THUMBNAIL_SIZES,
}: Props) {
  const [category] = article.categories;
  return (
    <article className={article.image ? 'article-card article-card--with-picture' : 'article-card'}>
      {article.image && (
        <ArticleThumbnail image={article.image} sizes={thumbnailSizes} className="article-card__picture" />
      )}
      <div className="article-card__text">
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
      </div>
    </article>
  );
}
