import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';

import { formatRfc822 } from '@/lib/clock';
import { FEED_SIZE, rssFeed, type FeedChannel } from '@/lib/feeds/rss';

import { build, post } from './support/posts';

const ORIGIN = 'https://newsdao.example';

function channel(articles: FeedChannel['articles']): FeedChannel {
  return {
    title: '뉴스다오',
    description: '설명',
    pageUrl: `${ORIGIN}/`,
    feedUrl: `${ORIGIN}/feed.xml`,
    origin: ORIGIN,
    articles,
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => name === 'item',
});
type FeedItem = Record<'title' | 'description' | 'content:encoded', string> & {
  guid: Record<string, string>;
};
type Channel = {
  language: string;
  lastBuildDate: string;
  'atom:link': Record<string, string>;
  item: FeedItem[];
};
/** fast-xml-parser returns `any`: the feed's shape, as these tests read it. */
const channelOf = (xml: string): Channel => (parser.parse(xml) as { rss: { channel: Channel } }).rss.channel;

describe('formatRfc822', () => {
  test('writes the Seoul wall-clock time with +0900, whatever zone the build runs in', () => {
    expect(formatRfc822(new Date('2023-09-17T15:00:00Z'))).toBe('Mon, 18 Sep 2023 00:00:00 +0900');
    expect(formatRfc822(new Date('2024-02-29T14:59:59Z'))).toBe('Thu, 29 Feb 2024 23:59:59 +0900');
  });
});

describe('rssFeed', () => {
  test('front-matter text with markup or control characters stays text and the feed stays valid XML', () => {
    const article = build(
      post(['title: "<b>속보</b> & \\u0007 ]]> 기사"', 'excerpt: "a < b"']),
      '2024-01-02-tricky.md',
    );
    const xml = rssFeed(channel([article]));
    expect(xml).toContain('<title>&lt;b&gt;속보&lt;/b&gt; &amp;  ]]&gt; 기사</title>');
    expect(xml).not.toContain('\u0007');
    const item = channelOf(xml).item[0];
    if (!item) throw new Error('the feed has no item');
    expect(item.title).toBe('<b>속보</b> &  ]]> 기사');
    expect(item.description).toBe('a < b');
  });

  test(`carries at most the ${FEED_SIZE} newest articles`, () => {
    const articles = Array.from({ length: FEED_SIZE + 5 }, (_, index) =>
      build(
        post([`title: 기사 ${index}`]),
        `2024-01-${String((index % 28) + 1).padStart(2, '0')}-a${index}.md`,
      ),
    );
    expect(channelOf(rssFeed(channel(articles))).item).toHaveLength(FEED_SIZE);
  });

  test('the full body goes in content:encoded with site paths made absolute', () => {
    const article = build(
      post(
        ['title: 사진 기사'],
        '![사진](/assets/img/a.jpg)\n\n[다른 기사](/articles/x) 와 [외부](https://example.com/y)',
      ),
    );
    const encoded = channelOf(rssFeed(channel([article]))).item[0]?.['content:encoded'];
    expect(encoded).toContain(`src="${ORIGIN}/assets/img/a.jpg"`);
    expect(encoded).toContain(`href="${ORIGIN}/articles/x"`);
    expect(encoded).toContain('href="https://example.com/y"');
  });

  test('the guid is the article URL and the channel names its language and itself', () => {
    const article = build(post(['title: 기사']), '2024-01-02-guid.md');
    const parsed = channelOf(rssFeed(channel([article])));
    expect(parsed.language).toBe('ko');
    expect(parsed['atom:link']).toMatchObject({ '@href': `${ORIGIN}/feed.xml`, '@rel': 'self' });
    expect(parsed.item[0]?.guid).toMatchObject({
      '#text': `${ORIGIN}/articles/2024-01-02-guid`,
      '@isPermaLink': 'true',
    });
  });

  test('lastBuildDate is the newest article change, so rebuilding the same posts gives the same feed', () => {
    const older = build(post(['title: 옛 기사', 'updated: 2024-03-01 09:00']), '2024-01-02-old.md');
    const newer = build(post(['title: 새 기사']), '2024-02-01-new.md');
    expect(channelOf(rssFeed(channel([newer, older]))).lastBuildDate).toBe('Fri, 01 Mar 2024 09:00:00 +0900');
  });
});
