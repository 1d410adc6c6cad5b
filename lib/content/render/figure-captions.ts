import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';

type Node = RootContent | ElementContent;

const isBlank = (node: Node) => node.type === 'text' && node.value.trim() === '';
const isElement = (node: Node | undefined, tagName: string): node is Element =>
  node?.type === 'element' && node.tagName === tagName;

/** Children that carry something: whitespace text and `<br>` between an image and its caption do not. */
function meaningful(children: ElementContent[]): ElementContent[] {
  return children.filter((child) => !isBlank(child) && !isElement(child, 'br'));
}

/** The <img> a block is made of: `<img>` or `<p><img></p>`. */
function soleImage(node: Node): Element | undefined {
  if (node.type !== 'element') return undefined;
  if (node.tagName === 'img') return node;
  if (node.tagName !== 'p') return undefined;
  const [only, ...rest] = meaningful(node.children);
  return rest.length === 0 && isElement(only, 'img') ? only : undefined;
}

/** The caption a paragraph is made of: `<p><em>…</em></p>`, the italic line under a picture. */
function soleEmphasis(node: Node): Element | undefined {
  if (!isElement(node, 'p')) return undefined;
  const [only, ...rest] = meaningful(node.children);
  return rest.length === 0 && (isElement(only, 'em') || isElement(only, 'i')) ? only : undefined;
}

/** Markdown's `![](…)` followed on the next line by `*…*`: one paragraph holding the image, then the italics. */
function imageThenEmphasis(node: Node): { image: Element; caption: Element } | undefined {
  if (!isElement(node, 'p')) return undefined;
  const [image, caption, ...rest] = meaningful(node.children);
  if (rest.length > 0 || !isElement(image, 'img')) return undefined;
  return isElement(caption, 'em') || isElement(caption, 'i') ? { image, caption } : undefined;
}

function figure(image: Element, caption: Element): Element {
  return {
    type: 'element',
    tagName: 'figure',
    properties: {},
    children: [image, { type: 'element', tagName: 'figcaption', properties: {}, children: caption.children }],
  };
}

/** The next sibling after `index` that is not blank text, with its position. */
function nextBlock(children: Node[], index: number): { node: Node; at: number } | undefined {
  for (let at = index + 1; at < children.length; at += 1) {
    const node = children[at];
    if (node && !isBlank(node)) return { node, at };
  }
  return undefined;
}

function captionChildren<T extends Node>(children: T[]): T[] {
  const result: T[] = [];
  for (let index = 0; index < children.length; index += 1) {
    const node = children[index];
    if (!node) continue;
    const inline = imageThenEmphasis(node);
    if (inline) {
      result.push(figure(inline.image, inline.caption) as T);
      continue;
    }
    const image = soleImage(node);
    const next = image && nextBlock(children, index);
    const caption = next && soleEmphasis(next.node);
    if (image && next && caption) {
      result.push(figure(image, caption) as T);
      index = next.at;
      continue;
    }
    result.push(node);
  }
  return result;
}

/**
 * Pictures with captions, as editors write them: a picture followed by an italic line (in markdown, or a
 * pasted `<p><em>`) becomes one `<figure>` with its `<figcaption>`, the shape a pasted `<figure>` already
 * has, which the page styles, prints and keeps with the picture. Bodies carry no class: the article's
 * stylesheet styles `figure` itself. Runs after sanitising, on a safe tree; each list of children is
 * walked once.
 */
export function rehypeFigureCaptions() {
  return (tree: Root) => {
    tree.children = captionChildren(tree.children);
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'figure') node.children = captionChildren(node.children);
    });
  };
}
