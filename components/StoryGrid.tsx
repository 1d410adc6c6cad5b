import type { ArticleSummary } from '@/lib/content';

import { ArticleCard } from './ArticleCard';

type Props = { articles: ArticleSummary[] };

/** A grid card's picture: the full card width, one column on a phone, three on a desktop. */
const GRID_SIZES = '(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, calc(100vw - 2rem)';

/** The stories after the lead, as cards with their pictures. */
export function StoryGrid({ articles }: Props) {
  if (articles.length === 0) return null;
  return (
    <section className="story-grid" aria-labelledby="story-grid-heading">
      <h2 id="story-grid-heading" className="front-heading">
        주요 기사
      </h2>
      <ul className="story-grid__list">
        {articles.map((article) => (
          <li key={article.slug}>
            <ArticleCard article={article} headingLevel="h3" thumbnailSizes={GRID_SIZES} />
          </li>
        ))}
      </ul>
    </section>
  );
}
