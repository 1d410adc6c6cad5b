import type { Element, Root } from 'hast';
import { describe, expect, test } from 'vitest';

import { renderMarkdown } from '@/lib/content/render/render-markdown';

import { elements, html } from './support/posts';

/** For every `tagName` element, the tag names of its element ancestors, outermost first. */
function ancestorsOf(tree: Root, tagName: string): string[][] {
  const found: string[][] = [];
  const walk = (node: Root | Element, ancestors: string[]) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.tagName === tagName) found.push(ancestors);
      walk(child, [...ancestors, child.tagName]);
    }
  };
  walk(tree, []);
  return found;
}

describe('nesting', () => {
  test('<p><figure> comes out as valid nesting: no figure inside a p', () => {
    const tree = renderMarkdown(
      '<p><figure><img src="/assets/img/a.jpg" alt="그림"><figcaption>설명</figcaption></figure></p>',
    );
    expect(ancestorsOf(tree, 'figure')).toEqual([[]]);
    const [figure] = elements(tree, 'figure');
    expect(elements(figure!, 'img')).toHaveLength(1);
    expect(elements(figure!, 'figcaption')).toHaveLength(1);
    // The <p> the browser would leave empty on either side is dropped too.
    expect(elements(tree, 'p')).toEqual([]);
  });

  test('a <div> inside a <p> is not left inside it either', () => {
    const tree = renderMarkdown('<p>앞<div>상자</div>뒤</p>');
    expect(ancestorsOf(tree, 'div').every((ancestors) => !ancestors.includes('p'))).toBe(true);
  });

  test('a stray <td> outside a table does not survive as a cell', () => {
    expect(elements(renderMarkdown('<td>칸</td>'), 'td')).toEqual([]);
  });
});

describe('markdown tables', () => {
  test('a GFM table renders with its header row as <th scope="col">', () => {
    const tree = renderMarkdown('| 구분 | 내용 |\n|---|---|\n| 가 | 나 |\n| 다 | 라 |');
    const [table] = elements(tree, 'table');
    expect(table).toBeDefined();
    const headings = elements(table!, 'th');
    expect(headings.map((th) => th.properties.scope)).toEqual(['col', 'col']);
    expect(elements(elements(table!, 'thead')[0]!, 'th')).toHaveLength(2);
    expect(elements(elements(table!, 'tbody')[0]!, 'td')).toHaveLength(4);
    expect(html(tree)).toContain('<td>가</td>');
  });

  test('column alignment does not leak presentational attributes', () => {
    expect(html(renderMarkdown('| a | b |\n|:-:|--:|\n| 1 | 2 |'))).not.toMatch(/align|style/);
  });

  test('GFM strikethrough and autolinks render', () => {
    const out = html(renderMarkdown('~~지운 글~~ https://newsdao.kr'));
    expect(out).toContain('<del>지운 글</del>');
    expect(out).toContain('<a href="https://newsdao.kr" rel="noopener noreferrer">https://newsdao.kr</a>');
  });
});

describe('spacer paragraphs', () => {
  test('a paragraph of only &nbsp; is removed', () => {
    const tree = renderMarkdown('<p data-ke-size="size16">&nbsp;</p>\n\n본문\n\n<p>&nbsp; &nbsp;</p>');
    expect(elements(tree, 'p').map((p) => html({ type: 'root', children: p.children }))).toEqual(['본문']);
  });

  test('empty, whitespace and <br>-only paragraphs are removed', () => {
    const tree = renderMarkdown('<p></p>\n<p> </p>\n<p><br></p>\n<p>\u200b</p>\n\n본문');
    expect(elements(tree, 'p')).toHaveLength(1);
  });

  test('a paragraph holding only an image is kept', () => {
    expect(elements(renderMarkdown('<p><img src="/a.jpg" alt=""></p>'), 'img')).toHaveLength(1);
  });
});

describe('links', () => {
  test('the empty <a> left by autolinking inside a pasted <a> is removed, the link stays', () => {
    const tree = renderMarkdown(
      '신속 뉴스 바로가기 👉 <a href="https://newsdao.kr" rel="dofollow">https://newsdao.kr</a>',
    );
    const links = elements(tree, 'a');
    expect(links).toHaveLength(1);
    expect(links[0]!.properties.href).toBe('https://newsdao.kr');
    expect(html({ type: 'root', children: links[0]!.children })).toBe('https://newsdao.kr');
  });

  test('a linked image is not mistaken for an empty link', () => {
    const tree = renderMarkdown('[![사진](/a.jpg)](https://newsdao.kr)');
    expect(elements(tree, 'a')).toHaveLength(1);
    expect(elements(tree, 'img')).toHaveLength(1);
  });

  test('external links get rel="noopener noreferrer", replacing rel="dofollow"', () => {
    const [link] = elements(
      renderMarkdown('<a href="https://example.com" rel="dofollow" target="_blank">외부</a>'),
      'a',
    );
    expect(link?.properties.rel).toEqual(['noopener', 'noreferrer']);
    expect(link?.properties.target).toBeUndefined();
  });

  test('internal links get no rel', () => {
    const [link] = elements(renderMarkdown('[기사](/articles/x)'), 'a');
    expect(link?.properties.rel).toBeUndefined();
  });
});

describe('images', () => {
  test('images load lazily and decode asynchronously', () => {
    const [image] = elements(renderMarkdown('![사진](/assets/img/a.jpg)'), 'img');
    expect(image?.properties).toMatchObject({
      src: '/assets/img/a.jpg',
      alt: '사진',
      loading: 'lazy',
      decoding: 'async',
    });
  });
});
