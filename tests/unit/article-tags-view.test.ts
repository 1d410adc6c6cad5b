import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';

import { ArticleView } from '@/components/ArticleView';

import { build, post } from './support/posts';

describe('tags on the article page', () => {
  test('are shown under the body, one after another with a middle dot', () => {
    const markup = renderToStaticMarkup(
      createElement(ArticleView, { article: build(post(['title: 제목', 'tags: [경찰청, 산업 보안]'])) }),
    );
    expect(markup).toContain('<p class="article__tags">태그: 경찰청 · 산업 보안</p>');
  });

  test('are left out when the post has none', () => {
    expect(
      renderToStaticMarkup(createElement(ArticleView, { article: build(post(['title: 제목'])) })),
    ).not.toContain('article__tags');
  });
});
