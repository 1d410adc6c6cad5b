import type { Image, List, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** `{: width="400" .class #id}` and `{:toc}`: kramdown's inline attribute lists, which remark leaves as text. */
const ATTRIBUTE_LIST = /\{:(?:\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|'[^']*'|[^\s"'}]+)|[\w-]+))*\s*\}/g;
const SIZE = /^\d+%?$/;

function sizesFrom(list: string): Record<string, string> {
  const sizes: Record<string, string> = {};
  for (const match of list.matchAll(/\b(width|height)=(?:"([^"]*)"|'([^']*)'|([^\s"'}]+))/g)) {
    const name = match[1] ?? '';
    const value = (match[2] ?? match[3] ?? match[4] ?? '').trim();
    if (SIZE.test(value)) sizes[name] = value;
  }
  return sizes;
}

function isImage(node: unknown): node is Image {
  return typeof node === 'object' && node !== null && 'type' in node && node.type === 'image';
}

function textOf(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  return 'children' in node && Array.isArray(node.children) ? node.children.map(textOf).join('') : '';
}

/** kramdown's `* TOC` + `{:toc}`: a marker for a generated table of contents, which this site does not make. */
function isTableOfContentsMarker(list: List): boolean {
  return list.children.length === 1 && /^\s*(TOC|목차)\s*\{:\s*toc\s*\}\s*$/i.test(textOf(list));
}

/**
 * Removes kramdown attribute lists from the text, as kramdown does, and the `* TOC {:toc}` marker list. Of their attributes only an image's
 * `width` and `height` are kept (kramdown would set them too); classes, ids and styles have no meaning
 * on this site, and the sanitiser would drop them anyway.
 */
export function remarkKramdownAttributes() {
  return (tree: Root) => {
    visit(tree, 'list', (node: List, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !isTableOfContentsMarker(node)) return undefined;
      parent.children.splice(index, 1);
      return [SKIP, index];
    });
    visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
      if (!node.value.includes('{:')) return;
      const previous = parent && index !== undefined ? parent.children[index - 1] : undefined;
      if (isImage(previous)) {
        const leading = new RegExp(`^${ATTRIBUTE_LIST.source}`).exec(node.value);
        if (leading) {
          const sizes = sizesFrom(leading[0]);
          if (Object.keys(sizes).length > 0) previous.data = { ...previous.data, hProperties: { ...previous.data?.hProperties, ...sizes } };
        }
      }
      node.value = node.value.replace(ATTRIBUTE_LIST, '').replace(/[ \t]+\n/g, '\n');
    });
  };
}
