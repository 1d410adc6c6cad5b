import { describe, expect, test } from 'vitest';

import { jsonLdText } from '@/lib/metadata/json-ld';
import { newsArticleJsonLd } from '@/lib/metadata/news-article';

import { build, post } from './support/posts';

describe('jsonLdText', () => {
  const hostile = '</script><script>alert(1)</script><!-- & \u2028';

  test('no value can close the script block or open a comment', () => {
    const text = jsonLdText({ headline: hostile });
    expect(text).not.toMatch(/[<>&\u2028]/);
  });

  test('the escaped text still parses to the same value', () => {
    expect(JSON.parse(jsonLdText({ headline: hostile }))).toEqual({ headline: hostile });
  });
});

describe('newsArticleJsonLd', () => {
  test('is a NewsArticle with Seoul dates, an image, an author and a publisher', () => {
    const article = build(
      post(['title: 제목', 'date: 2023-09-18 09:30', 'updated: 2023-09-19 10:00', 'categories: [경제]']),
      '2023-09-18-x.md',
    );
    expect(newsArticleJsonLd(article)).toMatchObject({
      '@type': 'NewsArticle',
      headline: '제목',
      datePublished: '2023-09-18T09:30:00+09:00',
      dateModified: '2023-09-19T10:00:00+09:00',
      image: [expect.stringMatching(/\/og\/2023-09-18-x\.png$/)],
      articleSection: ['경제'],
      author: { '@type': 'Organization', name: '뉴스다오' },
      publisher: { name: '뉴스다오' },
    });
  });

  test('an article with a picture of its own shares that picture', () => {
    const article = build(post(['title: 제목', 'image: /assets/img/a.jpg']));
    expect(newsArticleJsonLd(article).image).toEqual([expect.stringMatching(/\/assets\/img\/a\.jpg$/)]);
  });
});
