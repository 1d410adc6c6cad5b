import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { ListingPage } from '@/components/ListingPage';
import { siteConfig } from '@/config/site';
import {
  getNewsroom,
  getReporterDesk,
  pageNumberFromParam,
  paginate,
  prerenderedListingPages,
} from '@/lib/content';
import { reporterPath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ reporter: string; page: string }> };

// dynamicParams is left at its default (true), as on the category listing pages: in large-archive mode
// (PRERENDER_LATEST) the older pages are rendered on first request, and a page past the end answers 404.

export async function generateStaticParams() {
  const pages = [];
  for (const desk of (await getNewsroom()).desks) {
    for (const page of await prerenderedListingPages(desk.articles))
      pages.push({ reporter: desk.reporter.slug, page: String(page) });
  }
  return exportableParams(pages, { reporter: EXPORT_PLACEHOLDER, page: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { reporter, page } = await params;
  const desk = await getReporterDesk(reporter);
  const number = pageNumberFromParam(page) ?? 1;
  if (!desk) return {};
  return {
    title: `${desk.reporter.name} ${desk.reporter.role} ${number}페이지`,
    alternates: { canonical: reporterPath(desk.reporter.slug, number) },
  };
}

export default async function ReporterListingPage({ params }: Props) {
  const { reporter, page } = await params;
  const desk = await getReporterDesk(reporter);
  const listing = desk && paginate(desk.articles, pageNumberFromParam(page) ?? 0, siteConfig.articlesPerPage);
  if (!desk || !listing) notFound();
  return (
    <ListingPage
      heading={`${desk.reporter.name} ${desk.reporter.role}`}
      listing={listing}
      hrefFor={(number) => reporterPath(desk.reporter.slug, number)}
    />
  );
}
