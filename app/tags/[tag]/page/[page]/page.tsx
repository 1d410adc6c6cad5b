import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListingPage } from '@/components/ListingPage';
import { siteConfig } from '@/config/site';
import {
  getArchive,
  getTag,
  getTags,
  pageNumberFromParam,
  paginate,
  prerenderedListingPages,
} from '@/lib/content';
import { tagPath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ tag: string; page: string }> };

// dynamicParams is left at its default (true), as on the category listing pages: in large-archive mode
// (PRERENDER_LATEST) the older pages are rendered on first request and kept, and a page number past the
// end answers 404 from the page itself.

export async function generateStaticParams() {
  const archive = await getArchive();
  const params = [];
  for (const tag of await getTags()) {
    for (const page of await prerenderedListingPages(archive.byTag.get(tag.slug) ?? []))
      params.push({ tag: tag.slug, page: String(page) });
  }
  return exportableParams(params, { tag: EXPORT_PLACEHOLDER, page: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag, page } = await params;
  const found = await getTag(tag);
  const number = pageNumberFromParam(page) ?? 1;
  if (!found) return {};
  return {
    title: `#${found.tag.name} ${number}페이지`,
    alternates: { canonical: tagPath(found.tag.slug, number) },
  };
}

export default async function TagListingPage({ params }: Props) {
  const { tag, page } = await params;
  const found = await getTag(tag);
  const listing =
    found && paginate(found.articles, pageNumberFromParam(page) ?? 0, siteConfig.articlesPerPage);
  if (!found || !listing || listing.page === 1) notFound();
  return (
    <ListingPage
      heading={`#${found.tag.name}`}
      listing={listing}
      hrefFor={(number) => tagPath(found.tag.slug, number)}
    />
  );
}
