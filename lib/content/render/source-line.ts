import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

import type { SourceAttribution } from '../types';

const SOURCE_PREFIX = /^\s*출처\s*[:：]\s*/;
const HEADING = /^h[1-6]$/;
/** The source line is a lead element: it must appear before the first heading and within the first blocks. */
const LEAD_BLOCKS = 4;

function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function publisherAfter(text: string): string | undefined {
  const publisher = clean(text.replace(/^[\s|·\-–—,]+/, ''));
  return publisher || undefined;
}

/** Reads `출처: <a href=…>제목</a> | 발행처` (or the same without a link) into an attribution. */
export function parseSourceParagraph(paragraph: Element): SourceAttribution | undefined {
  const text = toString(paragraph);
  if (!SOURCE_PREFIX.test(text)) return undefined;
  const link = paragraph.children.find(
    (child): child is Element => child.type === 'element' && child.tagName === 'a',
  );
  if (link) {
    const linkIndex = paragraph.children.indexOf(link);
    const after = paragraph.children
      .slice(linkIndex + 1)
      .map((child) => toString(child))
      .join('');
    const href = link.properties.href;
    return {
      title: clean(toString(link)),
      url: typeof href === 'string' ? href : undefined,
      publisher: publisherAfter(after),
    };
  }
  const [title = '', ...rest] = text.replace(SOURCE_PREFIX, '').split('|');
  if (!clean(title)) return undefined;
  return { title: clean(title), url: undefined, publisher: publisherAfter(rest.join('|')) };
}

/**
 * Finds the body's leading `출처:` paragraph, removes it from the tree (it is shown by
 * SourceAttribution instead) and returns what it says.
 */
export function liftSourceLine(tree: Root): SourceAttribution | undefined {
  const blocks = tree.children.filter((child): child is Element => child.type === 'element');
  for (const block of blocks.slice(0, LEAD_BLOCKS)) {
    if (HEADING.test(block.tagName)) return undefined;
    if (block.tagName !== 'p') continue;
    const source = parseSourceParagraph(block);
    if (source) {
      tree.children = tree.children.filter((child) => child !== block);
      return source;
    }
  }
  return undefined;
}
