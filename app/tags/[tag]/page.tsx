import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

import { FeedLink } from '@/components/FeedLink';
import { ListingPage } from '@/components/ListingPage';
import { siteConfig } from '@/config/site';
import { getTag, getTags, paginate } from '@/lib/content';
import { tagFeedPath, tagPath } from '@/lib/routes';
import { EXPORT_PLACEHOLDER, exportableParams } from '@/lib/static-export/exportable-params';

type Props = { params: Promise<{ tag: string }> };

export const dynamicParams = false;

export async function generateStaticParams() {
  const tags = (await getTags()).map((tag) => ({ tag: tag.slug }));
  return exportableParams(tags, { tag: EXPORT_PLACEHOLDER });
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getTag((await params).tag);
  if (!found) return {};
  return { title: `#${found.tag.name}`, alternates: { canonical: tagPath(found.tag.slug) } };
}

export default async function TagPage({ params }: Props) {
  const found = await getTag((await params).tag);
  const listing = found && paginate(found.articles, 1, siteConfig.articlesPerPage);
  if (!found || !listing) notFound();
  return (
    <>
      <FeedLink path={tagFeedPath(found.tag.slug)} title={`#${found.tag.name} 기사 RSS`} />
      <ListingPage
        heading={`#${found.tag.name}`}
        listing={listing}
        hrefFor={(page) => tagPath(found.tag.slug, page)}
      />
    </>
  );
}
