import { absoluteUrl } from '@/config/site';

type Props = { path: string; title: string };

/** `<link rel="alternate">` to an RSS feed; React places it in the document head wherever it is rendered. */
export function FeedLink({ path, title }: Props) {
  return <link rel="alternate" type="application/rss+xml" href={absoluteUrl(path)} title={title} />;
}
