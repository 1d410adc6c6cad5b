/**
 * Issue 13's worst inputs. The scanners are tested alone on a megabyte of attack, where the patterns
 * they replace took minutes (or forever): a regression shows as a test that never finishes. Figures
 * before and after: `npx tsx scripts/measure-hostile-inputs.ts`.
 */
import { describe, expect, it } from 'vitest';

import { findEditorPlaceholders, tistoryPlaceholdersIn } from '@/lib/content/editor-placeholders';
import { highlightOpening, resolveLiquid } from '@/lib/content/liquid';
import { deepestLine } from '@/lib/content/nesting-guard';
import { attributeListEnd, removeAttributeLists } from '@/lib/content/render/kramdown-attributes';
import { liquidIn } from '@/lib/jekyll-import/liquid-tags';

import { HOSTILE_INPUTS } from '../hostile-inputs';
import { build, check, html } from './support/posts';

const MEGABYTE = 1_000_000;

describe('kramdown attribute lists', () => {
  it('are found by one pass, as the old pattern found them', () => {
    expect(attributeListEnd('{: width="400" .wide #top}x', 0)).toBe(26);
    expect(attributeListEnd('{:toc}', 0)).toBe(6);
    expect(attributeListEnd("{: title='a}b' height=3}", 0)).toBe(24);
    expect(attributeListEnd('{: width=}', 0)).toBeUndefined();
    expect(attributeListEnd('{: .}', 0)).toBeUndefined();
    expect(removeAttributeLists('사진 {: width="400"} 뒤  \n다음')).toBe('사진  뒤\n다음');
  });

  it('left open after a run of letters, or repeated a megabyte long, cost one pass', () => {
    expect(attributeListEnd(`{:${'a'.repeat(MEGABYTE)}`, 0)).toBeUndefined();
    const open = '{:a b c '.repeat(MEGABYTE / 8);
    expect(removeAttributeLists(open)).toBe(open);
    expect(removeAttributeLists(`{:.a}${' '.repeat(MEGABYTE)}x`)).toBe(`${' '.repeat(MEGABYTE)}x`);
  });
});

describe('Liquid in bodies', () => {
  it('reads a {% highlight %} line by splitting it', () => {
    expect(highlightOpening('{% highlight ruby linenos %}')).toBe('ruby');
    expect(highlightOpening('  {%- highlight -%}')).toBe('');
    expect(highlightOpening('{% endhighlight %}')).toBeUndefined();
    expect(highlightOpening(`{% highlight${' '.repeat(MEGABYTE)}x`)).toBeUndefined();
  });

  it('a megabyte of unclosed {%, {% highlight %} or backtick runs is one pass', () => {
    const tags = resolveLiquid('{% '.repeat(MEGABYTE / 3), { markdown: true });
    expect(tags.notes).toHaveLength(Math.floor(MEGABYTE / 3));
    const blocks = resolveLiquid('{% highlight js %}\n'.repeat(MEGABYTE / 19), { markdown: true });
    expect(blocks.text.split('\n')).toHaveLength(Math.floor(MEGABYTE / 19) + 1);
    const runs = Array.from({ length: 1400 }, (_, index) => '`'.repeat(1400 - index)).join(' ');
    expect(resolveLiquid(runs, { markdown: true }).text).toBe(runs);
  });

  it('inline code still keeps its Liquid as written', () => {
    expect(
      resolveLiquid('`{{ x }}` and ``a ` {% y %}`` then {{ site.baseurl }}/a', { markdown: true }).text,
    ).toBe('`{{ x }}` and ``a ` {% y %}`` then /a');
  });

  it("the importer's count is one pass too", () => {
    expect(liquidIn(`{{${' '.repeat(MEGABYTE)}x`)).toEqual({ resolved: [], left: [] });
    expect(liquidIn('{{ } '.repeat(MEGABYTE / 5) + '}}').left).toHaveLength(0);
    expect(liquidIn('{%{% '.repeat(MEGABYTE / 5) + '%}').left).toHaveLength(0);
    expect(liquidIn('{{ site.baseurl }} {% include a.html %} {{ page.title }}')).toEqual({
      resolved: ['{{ site.baseurl }}'],
      left: ['{% include a.html %}', '{{ page.title }}'],
    });
  });
});

describe('Tistory placeholders', () => {
  it('are found in one pass, a megabyte of unclosed ones included', () => {
    expect(tistoryPlaceholdersIn('앞 [##_Image|kage@a.jpg|CDM|1.3_##] 뒤 [##_Gallery|x_##]')).toEqual([
      { name: 'Image', index: 2 },
      { name: 'Gallery', index: 37 },
    ]);
    expect(tistoryPlaceholdersIn('[##_Image|'.repeat(MEGABYTE / 10))).toEqual([]);
    expect(findEditorPlaceholders(`${'[##_Image|'.repeat(MEGABYTE / 10)}_##]`)).toHaveLength(1);
  });
});

describe('deep nesting', () => {
  it('1,500 quote markers give an error naming the file and line, not a stack trace', () => {
    const result = check(
      ['---', 'title: 깊은 인용', '---', '', '첫 줄', `${'>'.repeat(1500)} 인용`].join('\n'),
    );
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'body',
        line: 6,
        message: expect.stringContaining('nested too deeply'),
      }),
    ]);
    expect(deepestLine('a\n> > b\n<div><div>').depth).toBe(2);
  });
});

// The whole content layer at a tenth of the measured sizes (the markdown parser's own cost of long
// unmatched backtick runs grows faster than linearly; the check's time budget bounds it).
describe('every hostile input of tests/hostile-inputs.ts', () => {
  it.each(HOSTILE_INPUTS.map((input) => [input.name, input] as const))(
    '%s: checks to an article or to named problems',
    (_, input) => {
      const result = check(input.post(Math.min(input.size, 30_000)), '2024-01-01-hostile.md');
      if (!result.article) expect(result.problems.some((problem) => problem.severity === 'error')).toBe(true);
      for (const problem of result.problems) expect(problem.file).toBe('2024-01-01-hostile.md');
    },
    60_000,
  );
});

describe('smaller hostile front matter and markup', () => {
  const titled = (fields: string[], body = '본문입니다.') =>
    ['---', 'title: 제목', ...fields, '---', body].join('\n');

  it('a title longer than the cap is an error naming the field', () => {
    const result = check(['---', `title: ${'가'.repeat(20_000)}`, '---', '본문'].join('\n'));
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        field: 'title',
        message: expect.stringContaining('20000 characters, more than the 300'),
      }),
    ]);
  });

  it('an image address is judged by the scheme a browser parses (java<TAB>script: is refused)', () => {
    for (const image of [
      '"java\\tscript:alert(1)"',
      '"java\\nscript:alert(1)"',
      '" javascript:alert(1)"',
      '"data:image/png;base64,AA"',
    ]) {
      const result = check(titled([`image: ${image}`]));
      expect(result.article, image).toBeUndefined();
      expect(result.problems[0]?.field).toBe('image');
    }
    expect(build(titled(['image: /assets/a.jpg'])).image?.src).toBe('/assets/a.jpg');
  });

  it('invisible characters are cleaned from every text field: source, image alt, categories', () => {
    const article = build(
      titled([
        'source: "원문\u202E제목"',
        'image: { path: /assets/a.jpg, alt: "사진\u202E설명" }',
        'categories: ["경\u200B제"]',
        'excerpt: "요약\u2066입니다"',
      ]),
    );
    expect(article.source?.title).toBe('원문제목');
    expect(article.image?.alt).toBe('사진설명');
    expect(article.categories[0]?.name).toBe('경제');
    expect(article.excerpt).toBe('요약입니다');
    const pasted = html(
      build(
        titled(
          [],
          '<img src="/a.jpg" alt="사진&#x202E;설명" title="\u2066제목\u2069"> <abbr title="\u202Eabc">약</abbr>',
        ),
        '2024-01-02-pasted.html',
      ).body,
    );
    expect(pasted).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(pasted).toContain('alt="사진설명" title="제목"');
    const structured = build(titled(['source: { title: "원문\u202E", publisher: "발행\u202E처" }']));
    expect(structured.source).toEqual(expect.objectContaining({ title: '원문', publisher: '발행처' }));
  });

  it('a link written https:\\\\host gets rel="noopener noreferrer", as any other link away', () => {
    const body = html(
      build(titled([], '<a href="https:\\\\evil.example/">a</a> <a href="/articles/x">b</a>')).body,
    );
    expect(body).toContain('<a href="https:\\\\evil.example/" rel="noopener noreferrer">a</a>');
    expect(body).toContain('<a href="/articles/x">b</a>');
  });

  it('a bare youtube.com embed is moved to the player host the CSP allows', () => {
    const body = html(build(titled([], '<iframe src="https://youtube.com/embed/abc"></iframe>')).body);
    expect(body).toContain('src="https://www.youtube.com/embed/abc"');
  });
});
