import type { ArticleSummary, Page } from '@/lib/content';

import { ArticleList } from './ArticleList';
import { ListingAdSlot } from './ListingAdSlot';
import { Pagination } from './Pagination';

type Props = {
  heading: string;
  listing: Page<ArticleSummary>;
  hrefFor: (page: number) => string;
};

/** A titled, paginated list of articles: the home page and every category page. */
export function ListingPage({ heading, listing, hrefFor }: Props) {
  return (
    <>
      <h1 className="listing-heading">
        {heading}
        {listing.page > 1 && <span className="listing-heading__page"> · {listing.page}페이지</span>}
      </h1>
      <ArticleList articles={listing.items} />
      <ListingAdSlot />
      <Pagination page={listing.page} pageCount={listing.pageCount} hrefFor={hrefFor} />
    </>
  );
}
