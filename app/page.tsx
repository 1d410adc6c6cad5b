import { ListingPage } from '@/components/ListingPage';
import { siteConfig } from '@/config/site';
import { getArticles, paginate } from '@/lib/content';
import { homePath } from '@/lib/routes';

export default async function HomePage() {
  const listing = paginate(await getArticles(), 1, siteConfig.articlesPerPage);
  // Page 1 always exists, even for an empty archive.
  return listing && <ListingPage heading="최신 기사" listing={listing} hrefFor={homePath} />;
}
