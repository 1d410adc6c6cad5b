import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Elements that may not sit inside a <p> or a heading, whose content must be phrasing only. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'dt',
  'dd',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'col',
  'colgroup',
]);

const HEADING = /^h[1-6]$/;

function isBlock(node: ElementContent): node is Element {
  return node.type === 'element' && BLOCKS.has(node.tagName);
}

function hasBlockChild(node: Element): boolean {
  return node.children.some(isBlock);
}

function containsBlock(node: Element): boolean {
  return node.children.some((child) => child.type === 'element' && (isBlock(child) || containsBlock(child)));
}

/** A heading's content as phrasing: blocks inside it give up their tags and keep their text and images. */
function flattenBlocks(children: ElementContent[]): ElementContent[] {
  return children.flatMap((child) => {
    if (child.type !== 'element') return [child];
    if (child.tagName === 'hr') return [];
    const inner = flattenBlocks(child.children);
    if (!BLOCKS.has(child.tagName)) return [{ ...child, children: inner }];
    return child.tagName === 'p' || child.tagName === 'div'
      ? inner
      : [{ type: 'text', value: ' ' }, ...inner];
  });
}

/**
 * The HTML parser already repairs most bad nesting (`<p><figure>` closes the paragraph), but the
 * sanitiser can unwrap an element that kept a block apart, leaving e.g. a <p> inside a <p>, and
 * parsers leave blocks inside headings alone. React re-creates such trees differently in the browser
 * and warns about hydration, so: headings keep only phrasing content, and a paragraph that holds blocks
 * becomes a <div>.
 */
export function repairNesting(tree: Root): void {
  visit(tree, 'element', (node) => {
    if (HEADING.test(node.tagName) && containsBlock(node)) {
      node.children = flattenBlocks(node.children);
    } else if (node.tagName === 'p' && hasBlockChild(node)) {
      node.tagName = 'div';
    }
  });
}
