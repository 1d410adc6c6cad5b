import type { Metadata } from 'next';

import { ListingPage } from '@/components/ListingPage';
import { NewsTicker } from '@/components/NewsTicker';
import { siteConfig } from '@/config/site';
import { getArticles, paginate } from '@/lib/content';
import { articlePath, homePath } from '@/lib/routes';

const TICKER_HEADLINES = 5;

export const metadata: Metadata = { alternates: { canonical: homePath() } };

export default async function HomePage() {
  const articles = await getArticles();
  const listing = paginate(articles, 1, siteConfig.articlesPerPage);
  const headlines = articles
    .slice(0, TICKER_HEADLINES)
    .map((article) => ({ title: article.title, href: articlePath(article.slug) }));
  // Page 1 always exists, even for an empty archive.
  return (
    listing && (
      <>
        <NewsTicker headlines={headlines} />
        <ListingPage heading="최신 기사" listing={listing} hrefFor={homePath} />
      </>
    )
  );
}
