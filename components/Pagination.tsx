import { pageWindow } from '@/lib/page-window';

import { SiteLink } from './SiteLink';

type Props = {
  page: number;
  pageCount: number;
  /** URL of a given page number. */
  hrefFor: (page: number) => string;
};

export function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="페이지 이동">
      {page > 1 && (
        <SiteLink href={hrefFor(page - 1)} rel="prev">
          이전 페이지
        </SiteLink>
      )}
      <ol>
        {pageWindow(page, pageCount).map((number, index) => (
          <li key={number ?? `gap-${index}`}>
            {number === null ? (
              <span aria-hidden="true">…</span>
            ) : number === page ? (
              <span aria-current="page">{number}</span>
            ) : (
              <SiteLink href={hrefFor(number)} aria-label={`${number}페이지`}>
                {number}
              </SiteLink>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount && (
        <SiteLink href={hrefFor(page + 1)} rel="next">
          다음 페이지
        </SiteLink>
      )}
    </nav>
  );
}
