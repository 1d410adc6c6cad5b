import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { FixedPageView } from '@/components/FixedPageView';
import { getFixedPage, getNewsroom } from '@/lib/content';
import { fixedPagePath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ page: string[] }> };

// Only the fixed pages of `_pages/`; every other path is the 404 page.
export const dynamicParams = false;

const pathOf = (segments: string[]) => `/${segments.join('/')}`;

export async function generateStaticParams() {
  const pages = (await getNewsroom()).pages.map((page) => ({ page: page.path.split('/').filter(Boolean) }));
  return exportableParams(pages, { page: [EXPORT_PLACEHOLDER] });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await getFixedPage(pathOf((await params).page));
  if (!page) return {};
  return {
    title: page.title,
    description: page.description,
    alternates: { canonical: fixedPagePath(page.path) },
  };
}

export default async function FixedPageRoute({ params }: Props) {
  const page = await getFixedPage(pathOf((await params).page));
  if (!page) notFound();
  return <FixedPageView page={page} />;
}
