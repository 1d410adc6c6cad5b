import { XMLParser } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';

import { NEWS_SITEMAP_LIMIT, newsSitemapXml, recentNews } from '@/lib/sitemaps/news-sitemap';
import { sitemapDocument, sitemapParts, type SitemapEntry } from '@/lib/sitemaps/sitemap-xml';

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['url', 'sitemap'].includes(name),
});
type SitemapUrl = { loc: string; lastmod?: string; 'news:news'?: unknown };
type Sitemap = { urlset: { url: SitemapUrl[] }; sitemapindex: { sitemap: SitemapUrl[] } };
/** fast-xml-parser returns `any`: a sitemap's shape, as these tests read it. */
const parseSitemap = (xml: string): Sitemap => parser.parse(xml) as Sitemap;

const entries = (count: number): SitemapEntry[] =>
  Array.from({ length: count }, (_, index) => ({
    url: `https://x.test/articles/${index}`,
    lastModified: new Date(Date.UTC(2024, 0, 1 + index)),
  }));

describe('sitemapDocument', () => {
  test('lists the URLs themselves while they fit in one file', () => {
    const parsed = parseSitemap(
      sitemapDocument(entries(3), (part) => `https://x.test/sitemaps/${part}.xml`, 3),
    );
    expect(parsed.urlset.url.map((url) => url.loc)).toHaveLength(3);
    expect(parsed.urlset.url[0]?.lastmod).toBe('2024-01-01T00:00:00.000Z');
  });

  test('past the limit it becomes an index of parts, each dated by its newest entry', () => {
    const parsed = parseSitemap(
      sitemapDocument(entries(7), (part) => `https://x.test/sitemaps/${part}.xml`, 3),
    );
    expect(parsed.sitemapindex.sitemap).toEqual([
      { loc: 'https://x.test/sitemaps/1.xml', lastmod: '2024-01-03T00:00:00.000Z' },
      { loc: 'https://x.test/sitemaps/2.xml', lastmod: '2024-01-06T00:00:00.000Z' },
      { loc: 'https://x.test/sitemaps/3.xml', lastmod: '2024-01-07T00:00:00.000Z' },
    ]);
  });

  test('the default limit is the protocol’s 50,000 URLs', () => {
    expect(sitemapParts(entries(50_000))).toHaveLength(1);
    expect(sitemapParts(entries(50_001)).map((part) => part.length)).toEqual([50_000, 1]);
  });

  test('an empty site still has one (empty) part', () => {
    expect(sitemapParts([])).toEqual([[]]);
  });
});

describe('recentNews', () => {
  const now = new Date('2024-05-10T12:00:00Z');
  const hoursAgo = (hours: number) => ({ date: new Date(now.getTime() - hours * 3_600_000), hours });

  test('keeps articles of the 48 hours before the build, newest first, and drops future ones', () => {
    const picked = recentNews([hoursAgo(47.9), hoursAgo(1), hoursAgo(48.1), hoursAgo(-1), hoursAgo(48)], now);
    expect(picked.map((article) => article.hours)).toEqual([1, 47.9, 48]);
  });

  test(`names at most ${NEWS_SITEMAP_LIMIT} articles`, () => {
    const many = Array.from({ length: NEWS_SITEMAP_LIMIT + 10 }, (_, index) => hoursAgo(index / 100));
    expect(recentNews(many, now)).toHaveLength(NEWS_SITEMAP_LIMIT);
  });
});

describe('newsSitemapXml', () => {
  test('names the publication, its language, each article’s Seoul publication date and its escaped title', () => {
    const xml = newsSitemapXml(
      [
        {
          url: 'https://x.test/articles/a',
          title: '속보 <긴급> & 단독',
          date: new Date('2024-05-10T00:30:00Z'),
        },
      ],
      '뉴스다오',
      'ko',
    );
    const news = parseSitemap(xml).urlset.url[0]?.['news:news'];
    expect(news).toEqual({
      'news:publication': { 'news:name': '뉴스다오', 'news:language': 'ko' },
      'news:publication_date': '2024-05-10T09:30:00+09:00',
      'news:title': '속보 <긴급> & 단독',
    });
  });
});
