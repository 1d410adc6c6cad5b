/** Markup real archives carry in post bodies, and the rule for each. */
import { describe, expect, test } from 'vitest';

import { removeInvisibleCharacters } from '@/lib/content/invisible-characters';
import { renderHtml, renderMarkdown } from '@/lib/content/render/render-markdown';

import { elements, html } from './support/posts';

describe('kramdown attribute lists', () => {
  test('{: width="400"} after an image sets its width; the list itself vanishes', () => {
    const [image] = elements(renderMarkdown('![그림](/a.png){: width="400" height="300"}'), 'img');
    expect(image?.properties).toMatchObject({ width: 400, height: 300 });
  });

  test('a percentage width is kept, a width that is not a size is not', () => {
    expect(elements(renderMarkdown('![a](/a.png){: width="50%"}'), 'img')[0]?.properties.width).toBe('50%');
    expect(
      elements(renderMarkdown('![a](/a.png){: width="100px;x"}'), 'img')[0]?.properties.width,
    ).toBeUndefined();
  });

  test('block lists ({: .class}, {:toc}) on their own line vanish', () => {
    const out = html(renderMarkdown('문단\n{: .lead #intro}\n\n{:toc}\n\n끝'));
    expect(out).not.toContain('{:');
    expect(out).toContain('끝');
  });

  test('the `* TOC` + `{:toc}` marker list goes whole; a real list stays', () => {
    expect(html(renderMarkdown('* TOC\n{:toc}\n\n## 첫 절')).trim()).toBe('<h2>첫 절</h2>');
    expect(html(renderMarkdown('* 목차\n{: toc}\n\n본문')).trim()).toBe('<p>본문</p>');
    expect(elements(renderMarkdown('* TOC\n* 둘째'), 'li')).toHaveLength(2);
  });

  test('class, id and style from a list never reach the page', () => {
    expect(html(renderMarkdown('![a](/a.png){: .big style="position:fixed" #x}'))).not.toMatch(
      /class|style|id=/,
    );
  });

  test('{: inside code stays', () => {
    expect(html(renderMarkdown('`{: .x}`'))).toContain('<code>{: .x}</code>');
  });
});

describe('invisible characters', () => {
  test('zero-width spaces, word joiners, stray BOMs and bidi overrides go; ZWJ in emoji stays', () => {
    expect(removeInvisibleCharacters('a\u200bb\u2060c\ufeffd\u202ee\u2066f\u2069')).toBe('abcdef');
    expect(removeInvisibleCharacters('👩\u200d💻')).toBe('👩\u200d💻');
  });

  test('a zero-width space before # or | no longer hides markdown syntax', () => {
    expect(elements(renderMarkdown('\u200b## 제목'), 'h2')).toHaveLength(1);
    expect(elements(renderMarkdown('\u200b| a | b |\n|---|---|\n| 1 | 2 |'), 'table')).toHaveLength(1);
  });

  test('&#8203; written as an entity goes too', () => {
    expect(html(renderMarkdown('<p>가&#8203;나</p>')).trim()).toBe('<p>가나</p>');
  });
});

describe('GFM tables with trailing spaces', () => {
  test('trailing spaces and tabs after rows and the delimiter row still make a table', () => {
    const tree = renderMarkdown('| 가 | 나 |  \n| --- | --- |\t\n| 1 | 2 |   ');
    expect(elements(tree, 'th')).toHaveLength(2);
    expect(elements(tree, 'td')).toHaveLength(2);
  });
});

describe('images from blog editors', () => {
  test('Tistory onerror fallback: the handler goes, the first src stays', () => {
    const [image] = elements(
      renderHtml(
        `<img src="https://blog.kakaocdn.net/a.jpg" onerror="this.src='//t1.daumcdn.net/no-image.png'">`,
      ),
      'img',
    );
    expect(image?.properties.src).toBe('https://blog.kakaocdn.net/a.jpg');
    expect(Object.keys(image?.properties ?? {}).some((name) => /^on/i.test(name))).toBe(false);
  });

  test('a lazy image with data-src or data-lazy-src (Naver) shows that picture', () => {
    expect(elements(renderHtml('<img data-src="/real.jpg">'), 'img')[0]?.properties.src).toBe('/real.jpg');
    expect(
      elements(renderHtml('<img src="data:image/gif;base64,R0l" data-lazy-src="/naver.jpg">'), 'img')[0]
        ?.properties.src,
    ).toBe('/naver.jpg');
  });

  test('Naver: data-lazy-src wins over a blurred thumbnail in src', () => {
    const tree = renderHtml(
      '<img src="https://postfiles.pstatic.net/a.jpg?type=w80_blur" data-lazy-src="https://postfiles.pstatic.net/a.jpg?type=w773">',
    );
    expect(elements(tree, 'img')[0]?.properties.src).toBe('https://postfiles.pstatic.net/a.jpg?type=w773');
  });

  test('an image with a real src and a srcset keeps its src', () => {
    expect(elements(renderHtml('<img src="/a.jpg" srcset="/b.jpg 2x">'), 'img')[0]?.properties.src).toBe(
      '/a.jpg',
    );
  });

  test('an image with only srcset shows its first candidate', () => {
    expect(elements(renderHtml('<img srcset="/a-1x.jpg 1x, /a-2x.jpg 2x">'), 'img')[0]?.properties.src).toBe(
      '/a-1x.jpg',
    );
  });

  test('a data-src that is itself a script URL is still refused by the sanitiser', () => {
    expect(
      elements(renderHtml('<img data-src="javascript:alert(1)">'), 'img')[0]?.properties.src,
    ).toBeUndefined();
  });
});

describe('pasted documents and nesting', () => {
  test('<head> and <body> fragments: head content goes, body content stays', () => {
    const out = html(
      renderHtml(
        '<head><title>문서</title><link rel="stylesheet" href="/x.css"><style>p{}</style></head><body><p>본문</p></body>',
      ),
    );
    expect(out.trim()).toBe('<p>본문</p>');
  });

  test('a heading holding a paragraph, a figure and a list keeps only their text and pictures', () => {
    const out = html(
      renderHtml(
        '<h2><p>가</p><figure><img src="/a.jpg" alt=""><figcaption>나</figcaption></figure><ul><li>다</li></ul></h2>',
      ),
    );
    expect(out).toBe('<h2>가 <img src="/a.jpg" alt="" loading="lazy" decoding="async"> 나  다</h2>');
  });

  test('a paragraph left holding a block after sanitising becomes a div', () => {
    expect(html(renderHtml('<p>앞<button><p>안</p></button>뒤</p>'))).toBe('<div>앞<p>안</p>뒤</div>');
  });

  test('<p><figure> is split by the parser, as a browser would', () => {
    const tree = renderHtml('<p><figure><img src="/a.jpg" alt="a"></figure></p>');
    for (const paragraph of elements(tree, 'p')) expect(elements(paragraph, 'figure')).toEqual([]);
  });
});
