import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

import { removeInvisibleCharacters } from '../invisible-characters';
import { promoteHeadingRow } from './table-heading-row';
import { repairNesting } from './valid-nesting';
import { hardenVideoEmbed, isAllowedVideoUrl } from './video-embeds';

function isBlankParagraph(node: RootContent | ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'p') return false;
  const hasMedia = node.children.some((child) => child.type === 'element' && child.tagName !== 'br');
  return !hasMedia && toString(node).replace(/[\s\u00a0\u200b]/g, '') === '';
}

/** A link with nothing to click, e.g. left when an autolinked URL sat inside a pasted <a>. */
function isEmptyLink(node: RootContent | ElementContent): boolean {
  if (node.type !== 'element' || node.tagName !== 'a') return false;
  return (
    toString(node).trim() === '' &&
    !node.children.some((child) => child.type === 'element' && child.tagName === 'img')
  );
}

function cleanedProperties(properties: Element['properties']): Element['properties'] {
  const cleaned: Element['properties'] = {};
  for (const [name, value] of Object.entries(properties)) {
    cleaned[name] =
      typeof value === 'string'
        ? removeInvisibleCharacters(value)
        : Array.isArray(value)
          ? value.map((item) => (typeof item === 'string' ? removeInvisibleCharacters(item) : item))
          : value;
  }
  return cleaned;
}

const SITE = 'https://this-site.invalid';

/** Read as a browser reads it (WHATWG URL): `https:\\evil.example/` and `//evil.example` lead away too. */
function isExternal(href: unknown): boolean {
  if (typeof href !== 'string') return false;
  try {
    return new URL(href, `${SITE}/`).origin !== SITE;
  } catch {
    return false;
  }
}

function linkInsteadOf(iframe: Element): Element | undefined {
  const src = iframe.properties.src;
  if (typeof src !== 'string' || !/^https?:\/\//i.test(src)) return undefined;
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: src, rel: ['noopener', 'noreferrer'] },
    children: [{ type: 'text', value: '외부 콘텐츠 보기' }],
  };
}

/**
 * Runs after sanitising, on a tree that is already safe: it only adds attributes we trust (lazy loading,
 * iframe sandboxes, link rel), shapes tables, and drops the empty spacer paragraphs blog editors leave.
 */
export function rehypeTidyBody() {
  return (tree: Root) => {
    repairNesting(tree);
    // Entities such as &#8203; only become characters once the HTML is parsed; attribute values are
    // text too (an alt or a title a reader sees, or hears), and pasted HTML never went through the
    // markdown-side cleaning at all.
    visit(tree, 'text', (node) => {
      node.value = removeInvisibleCharacters(node.value);
    });
    visit(tree, 'element', (node) => {
      node.properties = cleanedProperties(node.properties);
    });
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName === 'iframe' && parent && index !== undefined) {
        if (isAllowedVideoUrl(node.properties.src)) {
          hardenVideoEmbed(node);
          return SKIP;
        }
        const link = linkInsteadOf(node);
        parent.children.splice(index, 1, ...(link ? [link] : []));
        return [SKIP, index];
      }
      if (node.tagName === 'img') {
        node.properties = { ...node.properties, loading: 'lazy', decoding: 'async' };
      }
      if (node.tagName === 'a' && isExternal(node.properties.href)) {
        node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
      }
      if (node.tagName === 'table') promoteHeadingRow(node);
      return undefined;
    });
    visit(tree, 'element', (node, index, parent) => {
      if (parent && index !== undefined && (isBlankParagraph(node) || isEmptyLink(node))) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
