import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

import { decodeUriSafely as decoded } from '../decode-uri';

function firstElement(children: Root['children'] | Element['children']): Element | undefined {
  for (const child of children) {
    if (child.type === 'element') return child;
    if (child.type === 'text' && child.value.trim() !== '') return undefined;
  }
  return undefined;
}

/** The <img> a block consists of, for `<img>`, `<p><img></p>` and `<figure><img>…</figure>`. */
function soleImage(block: Element): Element | undefined {
  if (block.tagName === 'img') return block;
  if (block.tagName !== 'p' && block.tagName !== 'figure') return undefined;
  const image = firstElement(block.children);
  if (image?.tagName !== 'img') return undefined;
  const others = block.children.filter(
    (child) => child !== image && !(child.type === 'text' && !child.value.trim()),
  );
  return others.every((child) => child.type === 'element' && child.tagName === 'figcaption')
    ? image
    : undefined;
}

/**
 * Markdown percent-encodes image URLs (`사진.jpg` becomes `%EC%82%AC%EC%A7%84.jpg`) while front matter
 * keeps the path as typed, so a Korean file name would otherwise never match and show twice.
 */
function isSameUrl(src: unknown, bannerSrc: string): boolean {
  return typeof src === 'string' && (src === bannerSrc || decoded(src) === decoded(bannerSrc));
}

/**
 * When the body opens with the banner's own picture, removes it so that the picture shows once, and
 * returns its alt text (and its caption, from a `<figure>`) for the banner.
 */
export function liftLeadImage(tree: Root, bannerSrc: string): { alt: string; caption?: string } | undefined {
  const block = firstElement(tree.children);
  const image = block && soleImage(block);
  if (!block || !image || !isSameUrl(image.properties.src, bannerSrc)) return undefined;
  tree.children = tree.children.filter((child) => child !== block);
  const alt = image.properties.alt;
  const figcaption = block.children.find(
    (child) => child.type === 'element' && child.tagName === 'figcaption',
  );
  const caption = figcaption ? toString(figcaption).replace(/\s+/g, ' ').trim() : '';
  return { alt: typeof alt === 'string' ? alt : '', ...(caption ? { caption } : {}) };
}
