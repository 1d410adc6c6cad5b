import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';

import { ArticleView } from '@/components/ArticleView';

import { build, post } from './support/posts';

describe('tags on the article page', () => {
  test('are shown under the body, each a link to its tag page (Korean slugs percent-encoded)', () => {
    const markup = renderToStaticMarkup(
      createElement(ArticleView, {
        article: build(post(['title: 제목', 'tags: [경찰청, 산업 보안, "!!"]'])),
      }),
    );
    expect(markup).toContain('<nav class="article__tags" aria-label="태그">');
    expect(markup).toContain(`<a href="/tags/${encodeURIComponent('경찰청')}">#경찰청</a>`);
    expect(markup).toContain(`<a href="/tags/${encodeURIComponent('산업-보안')}">#산업 보안</a>`);
    expect(markup).toContain('<li>#!!</li>');
  });

  test('are left out when the post has none', () => {
    expect(
      renderToStaticMarkup(createElement(ArticleView, { article: build(post(['title: 제목'])) })),
    ).not.toContain('article__tags');
  });
});
