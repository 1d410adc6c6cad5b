import type { Metadata } from 'next';

import { SiteMapView } from '@/components/SiteMapView';
import { getCategories, getNewsroom } from '@/lib/content';
import { siteMapPagePath } from '@/lib/routes';

export const metadata: Metadata = { title: '사이트맵', alternates: { canonical: siteMapPagePath() } };

export default async function SiteMapPage() {
  const [categories, newsroom] = await Promise.all([getCategories(), getNewsroom()]);
  return <SiteMapView categories={categories} pages={newsroom.pages} desks={newsroom.desks} />;
}
