import type { Image, List, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

const NAME = /[\w-]/;
const UNQUOTED_VALUE_END = /[\s"'}]/;

function nameEnd(text: string, from: number): number {
  let at = from;
  while (at < text.length && NAME.test(text.charAt(at))) at += 1;
  return at;
}

/**
 * Where the kramdown attribute list (`{: width="400" .class #id}`, `{:toc}`) starting at `start` ends
 * (the index after its `}`), or undefined when there is none. One forward pass with no backtracking:
 * the regular expression this replaces backtracked exponentially on `{:` and a run of letters.
 */
export function attributeListEnd(text: string, start: number): number | undefined {
  if (!text.startsWith('{:', start)) return undefined;
  let at = start + 2;
  for (;;) {
    while (at < text.length && /\s/.test(text.charAt(at))) at += 1;
    const character = text.charAt(at);
    if (character === '}') return at + 1;
    if (character === '.' || character === '#') {
      const end = nameEnd(text, at + 1);
      if (end === at + 1) return undefined;
      at = end;
      continue;
    }
    const end = nameEnd(text, at);
    if (end === at) return undefined;
    at = end;
    if (text.charAt(at) !== '=') continue;
    const quote = text.charAt(at + 1);
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, at + 2);
      if (close === -1) return undefined;
      at = close + 1;
      continue;
    }
    let valueEnd = at + 1;
    while (valueEnd < text.length && !UNQUOTED_VALUE_END.test(text.charAt(valueEnd))) valueEnd += 1;
    if (valueEnd === at + 1) return undefined;
    at = valueEnd;
  }
}

/** The text without its attribute lists, and spaces left before a line break by a removed list. */
export function removeAttributeLists(text: string): string {
  let result = '';
  let copied = 0;
  for (let at = text.indexOf('{:'); at !== -1;) {
    const end = attributeListEnd(text, at);
    if (end === undefined) {
      at = text.indexOf('{:', at + 1);
      continue;
    }
    result += text.slice(copied, at);
    copied = end;
    at = text.indexOf('{:', end);
  }
  return withoutSpacesBeforeLineBreaks(result + text.slice(copied));
}

/** `[ \t]+\n` → `\n` in one pass (the regular expression rescans a long run of spaces from each of them). */
function withoutSpacesBeforeLineBreaks(text: string): string {
  return text
    .split('\n')
    .map((line, index, lines) => {
      if (index === lines.length - 1) return line;
      let end = line.length;
      while (end > 0 && (line.charAt(end - 1) === ' ' || line.charAt(end - 1) === '\t')) end -= 1;
      return line.slice(0, end);
    })
    .join('\n');
}

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
        const leadingEnd = attributeListEnd(node.value, 0);
        if (leadingEnd !== undefined) {
          const sizes = sizesFrom(node.value.slice(0, leadingEnd));
          if (Object.keys(sizes).length > 0)
            previous.data = { ...previous.data, hProperties: { ...previous.data?.hProperties, ...sizes } };
        }
      }
      node.value = removeAttributeLists(node.value);
    });
  };
}
