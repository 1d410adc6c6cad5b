import type { ArticleSummary } from '@/lib/content';
import { articlePath } from '@/lib/routes';

import { SiteLink } from './SiteLink';

type Props = { newer: ArticleSummary | undefined; older: ArticleSummary | undefined };

/** Links to the previous (older) and next (newer) article, each naming its target. */
export function ArticlePager({ newer, older }: Props) {
  if (!newer && !older) return null;
  return (
    <nav className="article-pager" aria-label="이전 기사와 다음 기사">
      {older && (
        <SiteLink
          href={articlePath(older.slug)}
          rel="prev"
          className="article-pager__link article-pager__link--older"
        >
          <span className="article-pager__label">이전 기사</span>{' '}
          <span className="article-pager__title">{older.title}</span>
        </SiteLink>
      )}
      {newer && (
        <SiteLink
          href={articlePath(newer.slug)}
          rel="next"
          className="article-pager__link article-pager__link--newer"
        >
          <span className="article-pager__label">다음 기사</span>{' '}
          <span className="article-pager__title">{newer.title}</span>
        </SiteLink>
      )}
    </nav>
  );
}
