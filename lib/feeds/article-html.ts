import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

import { formatDotDate, formatDotDateTime } from '@/lib/clock';
import type { Article, Correction } from '@/lib/content';
import { xmlText } from '@/lib/xml-text';

const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

function withAbsoluteUrls(tree: Root, origin: string): Root {
  const copy = structuredClone(tree);
  visit(copy, 'element', (element: Element) => {
    for (const name of URL_ATTRIBUTES) {
      const value = element.properties[name];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) {
        element.properties[name] = new URL(value, `${origin}/`).toString();
      }
    }
  });
  return copy;
}

/**
 * The whole article as HTML for a feed reader, which has no page around it: the banner picture, the
 * banner text and the body, with site paths made absolute. The trees are already sanitised.
 */
/** The 바로잡습니다 notice as plain HTML, for feed readers (which show no page around the body). */
export function correctionNoticeHtml(corrections: Correction[]): string {
  if (corrections.length === 0) return '';
  const items = corrections.map((correction) => {
    const when = correction.hasClockTime
      ? formatDotDateTime(correction.date)
      : formatDotDate(correction.date);
    return `<li>${xmlText(when)} ${xmlText(correction.text)}</li>`;
  });
  return `<aside><h2>바로잡습니다</h2><ul>${items.join('')}</ul></aside>`;
}

export function articleHtmlForFeed(article: Article, origin: string): string {
  const parts: string[] = [];
  const notice = correctionNoticeHtml(article.corrections);
  if (article.image) {
    const image: Root = {
      type: 'root',
      children: [
        {
          type: 'element',
          tagName: 'img',
          properties: { src: article.image.src, alt: article.image.alt },
          children: [],
        },
      ],
    };
    parts.push(toHtml(withAbsoluteUrls(image, origin)));
  }
  if (article.featureText) parts.push(toHtml(withAbsoluteUrls(article.featureText, origin)));
  if (notice) parts.push(notice);
  parts.push(toHtml(withAbsoluteUrls(article.body, origin)));
  return parts.join('\n');
}
