import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { FeedLink } from '@/components/FeedLink';
import { ListingPage } from '@/components/ListingPage';
import { siteConfig } from '@/config/site';
import { getCategories, getCategory, paginate } from '@/lib/content';
import { categoryFeedPath, categoryPath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ category: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const categories = (await getCategories()).map((category) => ({ category: category.slug }));
  return exportableParams(categories, { category: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCategory((await params).category);
  if (!found) return {};
  return { title: found.category.name, alternates: { canonical: categoryPath(found.category.slug) } };
}

export default async function CategoryPage({ params }: Props) {
  const found = await getCategory((await params).category);
  const listing = found && paginate(found.articles, 1, siteConfig.articlesPerPage);
  if (!found || !listing) notFound();
  return (
    <>
      <FeedLink path={categoryFeedPath(found.category.slug)} title={`${found.category.name} 기사 RSS`} />
      <ListingPage
        heading={found.category.name}
        listing={listing}
        hrefFor={(page) => categoryPath(found.category.slug, page)}
      />
    </>
  );
}
