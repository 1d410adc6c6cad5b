import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListingPage } from '@/components/ListingPage';
import { siteConfig } from '@/config/site';
import {
  getArchive,
  getCategories,
  getCategory,
  pageNumberFromParam,
  paginate,
  prerenderedListingPages,
} from '@/lib/content';
import { categoryPath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ category: string; page: string }> };

// dynamicParams is left at its default (true), as on the article route: in large-archive mode
// (PRERENDER_LATEST) the older listing pages are rendered on first request and kept, and a page number
// past the end answers 404 from the page itself.

export async function generateStaticParams() {
  const archive = await getArchive();
  const pages = [];
  for (const category of await getCategories()) {
    const listing = archive.byCategory.get(category.slug) ?? [];
    for (const page of await prerenderedListingPages(listing))
      pages.push({ category: category.slug, page: String(page) });
  }
  return exportableParams(pages, { category: EXPORT_PLACEHOLDER, page: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { category, page } = await params;
  const found = await getCategory(category);
  const number = pageNumberFromParam(page) ?? 1;
  if (!found) return {};
  return {
    title: `${found.category.name} ${number}페이지`,
    alternates: { canonical: categoryPath(found.category.slug, number) },
  };
}

export default async function CategoryListingPage({ params }: Props) {
  const { category, page } = await params;
  const found = await getCategory(category);
  const listing =
    found && paginate(found.articles, pageNumberFromParam(page) ?? 0, siteConfig.articlesPerPage);
  if (!found || !listing) notFound();
  return (
    <ListingPage
      heading={found.category.name}
      listing={listing}
      hrefFor={(number) => categoryPath(found.category.slug, number)}
    />
  );
}
