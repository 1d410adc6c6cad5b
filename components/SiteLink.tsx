import Link from 'next/link';
import type { ComponentProps } from 'react';

/**
 * Every link to another page of the site: a client-side navigation, never prefetched in advance. A news
 * page lists dozens of links, and Next's default fetched the data of each one as it scrolled into view:
 * phone data spent on pages nobody opens, and parsing those responses kept the main thread busy (the
 * home page's Total Blocking Time in Lighthouse). An article's prefetch also applied that article's
 * banner-picture preload, which this page never uses. A click fetches the page it needs.
 */
export function SiteLink(props: ComponentProps<typeof Link>) {
  return <Link {...props} prefetch={false} />;
}
