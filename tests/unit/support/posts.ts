/** Small builders shared by the unit tests: posts are written inline, one line per array item. */
import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

import { articleFromPost, type PostResult } from '@/lib/content/article-from-post';
import type { Article } from '@/lib/content/types';

export const DEFAULT_PATH = '2024-01-02-sample-post.md';

/** A post source: `---`, the given front-matter lines, `---`, then the body. */
export function post(frontMatter: string[], body = '본문입니다.'): string {
  return ['---', ...frontMatter, '---', body].join('\n');
}

export function check(source: string, relativePath = DEFAULT_PATH): PostResult {
  return articleFromPost({ relativePath, source });
}

/** The article a post builds to; fails the test with the problems when it builds none. */
export function build(source: string, relativePath = DEFAULT_PATH): Article {
  const result = check(source, relativePath);
  if (!result.article)
    throw new Error(`expected an article, got problems: ${JSON.stringify(result.problems, null, 2)}`);
  return result.article;
}

/** 1-based line of the first line in `source` equal to `line`, so tests never hard-code line numbers. */
export function lineOf(source: string, line: string): number {
  const index = source.split(/\r\n|\r|\n/).indexOf(line);
  if (index === -1) throw new Error(`line not found: ${line}`);
  return index + 1;
}

export function html(tree: Root): string {
  return toHtml(tree);
}

/** Every element named `tagName` in the tree, in document order. */
export function elements(tree: Root | Element, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

/** Parses an HTML fragment to hast, the way the renderer sees raw HTML (tbody inserted, etc.). */
export function parseHtml(fragment: string): Root {
  return unified().use(rehypeParse, { fragment: true }).parse(fragment);
}

/** The first element named `tagName` in an HTML fragment. */
export function firstElement(fragment: string, tagName: string): Element {
  const [element] = elements(parseHtml(fragment), tagName);
  if (!element) throw new Error(`no <${tagName}> in ${fragment}`);
  return element;
}
