/**
 * Where a post's excerpt ends, carried through one rendering of the body: the excerpt marker becomes an
 * HTML comment, the comment becomes a token no post can contain (it is made fresh per process), and the
 * text before the token is the excerpt's source. So the lead is rendered once, inside the body.
 */
import { randomUUID } from 'node:crypto';

import type { Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

import { holdsNoText } from './plain-text';

/** What the excerpt marker is replaced with before rendering: markdown and HTML both keep a comment. */
export const EXCERPT_END_COMMENT = '<!--newsdao:excerpt-end-->';
const COMMENT_VALUE = 'newsdao:excerpt-end';
const TOKEN = `newsdao-excerpt-end-${randomUUID()}`;

/** Rehype plugin, before the sanitiser (which drops comments): the marker comment becomes the token. */
export function rehypeExcerptEnd() {
  return (tree: Root) => {
    visit(tree, 'comment', (node, index, parent) => {
      if (node.value !== COMMENT_VALUE || !parent || index === undefined) return;
      parent.children[index] = { type: 'text', value: TOKEN };
    });
  };
}

type Parent = { children: RootContent[] };

/** Appends the text before the token to `before`; true once the token was found (and removed). */
function cut(parent: Parent, before: string[]): boolean {
  for (let index = 0; index < parent.children.length; index += 1) {
    const child = parent.children[index];
    if (!child) continue;
    if (child.type === 'text') {
      const at = child.value.indexOf(TOKEN);
      if (at === -1) {
        before.push(child.value);
        continue;
      }
      before.push(child.value.slice(0, at));
      child.value = child.value.slice(0, at) + child.value.slice(at + TOKEN.length);
      if (child.value === '') parent.children.splice(index, 1);
      return true;
    }
    // Text a reader never sees (an iframe's fallback, `<rp>`) is passed over, though the token is still looked for in it.
    if ('children' in child && cut(child, holdsNoText(child) ? [] : before)) return true;
  }
  return false;
}

/** The text before the excerpt's end, or undefined when the body has none; the token leaves the tree. */
export function textBeforeExcerptEnd(tree: Root): string | undefined {
  const before: string[] = [];
  return cut(tree, before) ? before.join('') : undefined;
}
