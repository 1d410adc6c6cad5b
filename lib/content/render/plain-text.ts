import type { Nodes } from 'hast';

const EXCERPT_LENGTH = 160;

/**
 * Elements whose content a reader never sees as text: an iframe's fallback (shown only by browsers
 * without iframes), `<rp>` (the brackets shown only by browsers without ruby), and code or markup that
 * is not text at all.
 */
const NOT_TEXT = new Set(['iframe', 'rp', 'script', 'style', 'template', 'noscript']);

/** True for an element whose content is not the page's text (see NOT_TEXT). */
export function holdsNoText(node: Nodes): boolean {
  return node.type === 'element' && NOT_TEXT.has(node.tagName);
}

/**
 * The text a reader sees in a tree, the one way every excerpt, description, feed summary and search
 * record takes text out of rendered HTML. Iterative, so a deeply nested tree cannot overflow the stack.
 */
export function plainText(tree: Nodes): string {
  const parts: string[] = [];
  const pending: Nodes[] = [tree];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.type === 'text') parts.push(node.value);
    else if ('children' in node && !holdsNoText(node)) {
      for (let index = node.children.length - 1; index >= 0; index -= 1) {
        const child = node.children[index];
        if (child) pending.push(child);
      }
    }
  }
  return parts.join('');
}

/** About 160 characters of the body's text, cut at a word boundary, for listings and descriptions. */
export function deriveExcerpt(tree: Nodes, length = EXCERPT_LENGTH): string {
  return excerptFromText(plainText(tree), length);
}

/** The same, from text already taken out of a tree. */
export function excerptFromText(rawText: string, length = EXCERPT_LENGTH): string {
  const text = rawText.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}
