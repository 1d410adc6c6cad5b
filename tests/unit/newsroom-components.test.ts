import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';

import { ArticleView } from '@/components/ArticleView';
import { Byline } from '@/components/Byline';
import { NewsTicker } from '@/components/NewsTicker';
import { SiteFooter } from '@/components/SiteFooter';
import type { Reporter } from '@/lib/content';

import { build, post } from './support/posts';

const reporter = (fields: Partial<Reporter>): Reporter => ({
  id: 'hong',
  slug: 'hong',
  name: '홍길동',
  email: 'hong@newsdao.kr',
  role: '기자',
  bio: undefined,
  image: undefined,
  known: true,
  ...fields,
});

describe('the byline', () => {
  test('reads <이름> 기자 <email>, the name linking to the reporter page', () => {
    const markup = renderToStaticMarkup(createElement(Byline, { reporters: [reporter({})] }));
    expect(markup).toBe(
      '<p class="byline"><span class="byline__reporter"><a href="/reporters/hong">홍길동</a> 기자 <a class="byline__email" href="mailto:hong@newsdao.kr">hong@newsdao.kr</a></span></p>',
    );
  });

  test('a role replaces 기자; a name with no slug is shown without a link; no reporters, no byline', () => {
    const markup = renderToStaticMarkup(
      createElement(Byline, {
        reporters: [
          reporter({ role: '논설위원', email: undefined }),
          reporter({ id: '***', slug: '', name: '***', email: undefined }),
        ],
      }),
    );
    expect(markup).toContain('홍길동</a> 논설위원');
    expect(markup).toContain(' · ***');
    expect(renderToStaticMarkup(createElement(Byline, { reporters: [] }))).toBe('');
  });
});

describe('the article page', () => {
  test('prints the byline under the title and after the body, 입력 and 수정 in Seoul time', () => {
    const article = build(
      post(['title: 제목', 'date: 2024-01-02 09:05', 'updated: 2024-01-03', 'author: hong']),
    );
    const markup = renderToStaticMarkup(createElement(ArticleView, { article, reporters: [reporter({})] }));
    expect(markup.match(/<p class="byline/g)).toHaveLength(2);
    expect(markup).toContain('입력 <time dateTime="2024-01-02T09:05:00+09:00">2024.01.02 09:05</time>');
    expect(markup).toContain('수정 <time dateTime="2024-01-03T00:00:00+09:00">2024.01.03</time>');
  });

  test('a day-only date shows the day, and no 수정 when nothing changed later', () => {
    const markup = renderToStaticMarkup(
      createElement(ArticleView, { article: build(post(['title: 제목'])) }),
    );
    expect(markup).toContain('입력 <time dateTime="2024-01-02T00:00:00+09:00">2024.01.02</time>');
    expect(markup).not.toContain('수정');
  });

  test('the correction notice is a region named 바로잡습니다, above the body', () => {
    const article = build(
      post(['title: 제목', 'corrections:', '  - date: 2024-01-03 10:00', '    text: 숫자를 바로잡습니다.']),
    );
    const markup = renderToStaticMarkup(createElement(ArticleView, { article }));
    expect(markup).toMatch(
      /<section class="correction-notice" aria-labelledby="correction-notice-heading"><h2 id="correction-notice-heading"[^>]*>바로잡습니다<\/h2>/,
    );
    expect(markup).toContain('2024.01.03 10:00</time> 숫자를 바로잡습니다.');
    expect(markup.indexOf('correction-notice')).toBeLessThan(markup.indexOf('article__body'));
  });

  test('only breaking: true labels the banner 속보', () => {
    const feature = build(post(['title: 호텔', 'feature_text: 바다', "image: '/a.jpg'"]));
    expect(renderToStaticMarkup(createElement(ArticleView, { article: feature }))).not.toContain('속보');
    const breaking = build(post(['title: 태풍', 'feature_text: 바다', "image: '/a.jpg'", 'breaking: true']));
    expect(renderToStaticMarkup(createElement(ArticleView, { article: breaking }))).toContain(
      'breaking-banner__label',
    );
  });
});

test('the ticker with no breaking news renders nothing, not an empty region', () => {
  expect(renderToStaticMarkup(createElement(NewsTicker, { headlines: [] }))).toBe('');
});

test('the footer without publisher.yml keeps the 출처 line and the sitemap link', () => {
  const markup = renderToStaticMarkup(
    createElement(SiteFooter, { siteName: '뉴스다오', publisher: undefined, pages: [] }),
  );
  expect(markup).toContain('<footer');
  expect(markup).toContain('출처가 표시된 기사의 저작권은 각 출처에 있습니다.');
  expect(markup).toContain('href="/sitemap"');
  expect(markup).not.toContain('publisher-info');
});
