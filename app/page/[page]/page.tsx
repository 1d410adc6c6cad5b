import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListingPage } from '@/components/ListingPage';
import { siteConfig } from '@/config/site';
import { getArticles, pageNumberFromParam, paginate, prerenderedListingPages } from '@/lib/content';
import { homePath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ page: string }> };

// dynamicParams is left at its default (true), as on the article route: in large-archive mode
// (PRERENDER_LATEST) the older listing pages are rendered on first request and kept, and a page number
// past the end answers 404 from the page itself.

export async function generateStaticParams() {
  const pages = (await prerenderedListingPages(await getArticles())).map((page) => ({ page: String(page) }));
  return exportableParams(pages, { page: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = pageNumberFromParam((await params).page) ?? 1;
  return { title: `최신 기사 ${page}페이지`, alternates: { canonical: homePath(page) } };
}

export default async function HomeListingPage({ params }: Props) {
  const listing = paginate(
    await getArticles(),
    pageNumberFromParam((await params).page) ?? 0,
    siteConfig.articlesPerPage,
  );
  if (!listing) notFound();
  return <ListingPage heading="최신 기사" listing={listing} hrefFor={homePath} />;
}
