import Link from 'next/link';
import type { ArticleSummary } from '@/lib/content';
import { articlePath } from '@/lib/routes';

type Props = { newer: ArticleSummary | undefined; older: ArticleSummary | undefined };

/**
 * Links to the previous (older) and next (newer) article, each naming its target. They are not
 * prefetched while merely in view: a prefetch applies the other article's banner-picture preload,
 * which the reader of this article never uses.
 */
export function ArticlePager({ newer, older }: Props) {
  if (!newer && !older) return null;
  return (
    <nav className="article-pager" aria-label="이전 기사와 다음 기사">
      {older && (
        <Link prefetch={false} href={articlePath(older.slug)} rel="prev" className="article-pager__link article-pager__link--older">
          <span className="article-pager__label">이전 기사</span> <span className="article-pager__title">{older.title}</span>
        </Link>
      )}
      {newer && (
        <Link prefetch={false} href={articlePath(newer.slug)} rel="next" className="article-pager__link article-pager__link--newer">
          <span className="article-pager__label">다음 기사</span> <span className="article-pager__title">{newer.title}</span>
        </Link>
      )}
    </nav>
  );
}
