/**
 * The search record of an article whose page the build did not write (large-archive mode): Pagefind can
 * only index the HTML it is given, so these articles are added as custom records carrying what their
 * page would have given it: the article's text (its `data-pagefind-body`), the title, the URL and the
 * publication date the results show (searchMeta).
 */
import type { Article } from '@/lib/content';
import { plainText } from '@/lib/content/render/plain-text';

import { searchMeta } from './search-meta';

export type ArticleSearchRecord = {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
};

export function articleSearchRecord(article: Article): ArticleSearchRecord {
  const parts = [
    article.title,
    ...article.categories.map((category) => category.name),
    article.featureText ? plainText(article.featureText) : '',
    article.source
      ? `출처: ${[article.source.title, article.source.publisher].filter(Boolean).join(' | ')}`
      : '',
    plainText(article.body),
    article.tags.join(' '),
  ];
  const meta = searchMeta(article);
  return {
    url: meta.url,
    content: parts.join('\n').replace(/\s+/g, ' ').trim(),
    language: 'ko',
    meta: { title: article.title, ...meta },
  };
}
