import type { Metadata } from 'next';

import { ListingPage } from '@/components/ListingPage';
import { NewsTicker } from '@/components/NewsTicker';
import { siteConfig } from '@/config/site';
import { tickerArticles } from '@/lib/breaking-news';
import { getArchive, paginate } from '@/lib/content';
import { articlePath, homePath } from '@/lib/routes';

export const metadata: Metadata = { alternates: { canonical: homePath() } };

export default async function HomePage() {
  const archive = await getArchive();
  const listing = paginate(archive.articles, 1, siteConfig.articlesPerPage);
  const headlines = tickerArticles(archive.articles, archive.builtAt).map((article) => ({
    title: article.title,
    href: articlePath(article.slug),
  }));
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
