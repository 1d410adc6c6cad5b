/**
 * The hostile markup of tests/xss-vectors.ts (shared with the browser suite in e2e/hostile). Each vector
 * goes through both body pipelines (markdown and .html posts); the rendered tree, and the tree a browser
 * would parse from its serialisation, must hold nothing that can run script, load a foreign document,
 * restyle the page, submit a form or navigate.
 */
import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';

import { renderHtml, renderMarkdown } from '@/lib/content/render/render-markdown';
import { isAllowedVideoUrl } from '@/lib/content/render/video-embeds';

import { XSS_VECTORS as VECTORS } from '../xss-vectors';
import { elements, html, parseHtml } from './support/posts';

const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'frame',
  'frameset',
  'portal',
  'template',
  'noscript',
  'title',
  'body',
  'head',
  'html',
  'isindex',
  'video',
  'audio',
  'source',
  'marquee',
  'bgsound',
  'xmp',
]);
const URL_PROPERTIES = [
  'href',
  'src',
  'action',
  'formAction',
  'cite',
  'data',
  'background',
  'dynsrc',
  'lowsrc',
  'srcSet',
  'xLinkHref',
];
const SAFE_URL = /^(https?:|mailto:|tel:|\/|#|\.|[^:]*$)/i;

function offences(tree: Root): string[] {
  const found: string[] = [];
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (FORBIDDEN_ELEMENTS.has(child.tagName)) found.push(`<${child.tagName}>`);
      if (child.tagName === 'iframe' && !isAllowedVideoUrl(child.properties.src))
        found.push(`iframe ${String(child.properties.src)}`);
      if (child.tagName === 'iframe' && child.properties.sandbox === undefined)
        found.push('iframe without sandbox');
      for (const [name, value] of Object.entries(child.properties)) {
        if (/^on/i.test(name)) found.push(`${child.tagName}[${name}]`);
        if (
          ['style', 'className', 'target', 'srcDoc', 'formAction', 'autoFocus'].includes(name) &&
          !(name === 'className' && child.tagName === 'code')
        ) {
          found.push(`${child.tagName}[${name}]`);
        }
        if (name === 'id' || name === 'name') {
          if (!String(value).startsWith('user-content-'))
            found.push(`${child.tagName}[${name}=${String(value)}]`);
        }
        if (URL_PROPERTIES.includes(name) && !SAFE_URL.test(String(value).trim()))
          found.push(`${child.tagName}[${name}=${String(value)}]`);
      }
      visit(child);
    }
  };
  visit(tree);
  return found;
}

describe.each(VECTORS.map((vector, index) => [index + 1, vector] as const))('XSS vector %i', (_, vector) => {
  test.each([
    ['markdown', renderMarkdown],
    ['html', renderHtml],
  ] as const)('%s post: nothing can run, load, restyle, submit or navigate', (_kind, render) => {
    const tree = render(vector);
    expect(offences(tree)).toEqual([]);
    // What a browser builds from the served HTML must be just as clean (no mutation through serialising).
    expect(offences(parseHtml(html(tree)))).toEqual([]);
  });
});

describe('the vector list', () => {
  test('has at least 50 distinct vectors', () => {
    expect(new Set(VECTORS).size).toBe(VECTORS.length);
    expect(VECTORS.length).toBeGreaterThanOrEqual(50);
  });

  test('the checker itself notices an unsanitised tree (the test can fail)', () => {
    expect(
      offences(parseHtml('<img src=x onerror=alert(1)><script>1</script><a href="javascript:x">a</a>')),
    ).toEqual(['img[onError]', '<script>', 'a[href=javascript:x]']);
  });

  test('text content of the vectors may stay visible, as text', () => {
    expect(
      elements(renderMarkdown('<a href="javascript:alert(1)">link</a>'), 'a')[0]?.properties.href,
    ).toBeUndefined();
  });
});
