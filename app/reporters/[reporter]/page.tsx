import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { FeedLink } from '@/components/FeedLink';
import { ListingPage } from '@/components/ListingPage';
import { ReporterProfile } from '@/components/ReporterProfile';
import { siteConfig } from '@/config/site';
import { getNewsroom, getReporterDesk, paginate } from '@/lib/content';
import { reporterFeedPath, reporterPath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ reporter: string }> };

// Reporters are few: every reporter page is built, and any other name is the 404 page.
export const dynamicParams = false;

export async function generateStaticParams() {
  const reporters = (await getNewsroom()).desks.map((desk) => ({ reporter: desk.reporter.slug }));
  return exportableParams(reporters, { reporter: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const desk = await getReporterDesk((await params).reporter);
  if (!desk) return {};
  const { reporter } = desk;
  return {
    title: `${reporter.name} ${reporter.role}`,
    description: reporter.bio ?? `${siteConfig.name} ${reporter.name} ${reporter.role}의 기사`,
    alternates: { canonical: reporterPath(reporter.slug) },
  };
}

export default async function ReporterPage({ params }: Props) {
  const desk = await getReporterDesk((await params).reporter);
  const listing = desk && paginate(desk.articles, 1, siteConfig.articlesPerPage);
  if (!desk || !listing) notFound();
  const { reporter } = desk;
  return (
    <>
      <FeedLink path={reporterFeedPath(reporter.slug)} title={`${reporter.name} ${reporter.role} 기사 RSS`} />
      <ListingPage
        heading={`${reporter.name} ${reporter.role}`}
        intro={<ReporterProfile reporter={reporter} />}
        listing={listing}
        hrefFor={(page) => reporterPath(reporter.slug, page)}
      />
    </>
  );
}
