import type { ReactNode } from 'react';

import type { ArticleSummary, Page } from '@/lib/content';

import { ArticleList } from './ArticleList';
import { ListingAdSlot } from './ListingAdSlot';
import { Pagination } from './Pagination';

type Props = {
  heading: string;
  listing: Page<ArticleSummary>;
  hrefFor: (page: number) => string;
  /** Shown under the heading, above the list: a reporter's e-mail and bio. */
  intro?: ReactNode;
};

/** A titled, paginated list of articles: the home page and every category page. */
export function ListingPage({ heading, listing, hrefFor, intro }: Props) {
  return (
    <>
      <h1 className="listing-heading">
        {heading}
        {listing.page > 1 && <span className="listing-heading__page"> · {listing.page}페이지</span>}
      </h1>
      {intro}
      <ArticleList articles={listing.items} />
      <ListingAdSlot />
      <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={hrefFor} />
    </>
  );
}
