import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import { articleFromPost } from '@/lib/content/article-from-post';

import { build, elements, html, post } from './support/posts';

const REFERENCE_PATH = '2023-09-18-police-sme-security-industry.md';
const reference = readFileSync(new URL(`./fixtures/${REFERENCE_PATH}`, import.meta.url), 'utf8');

describe('the reference post through articleFromPost', () => {
  const result = articleFromPost({ relativePath: REFERENCE_PATH, source: reference });
  const article = result.article!;
  const body = article ? html(article.body) : '';

  test('builds with no problems', () => {
    expect(result.problems).toEqual([]);
    expect(article).toBeDefined();
  });

  test('slug from the file name', () => {
    expect(article.slug).toBe('2023-09-18-police-sme-security-industry');
  });

  test('title', () => {
    expect(article.title).toBe('치안분야 중소벤처기업 집중 육성 중기부·경찰청이 추진');
  });

  test('date from the file name, midnight in Seoul; updated the same', () => {
    expect(article.date.toISOString()).toBe('2023-09-17T15:00:00.000Z');
    expect(article.updated.toISOString()).toBe('2023-09-17T15:00:00.000Z');
  });

  test('categories', () => {
    expect(article.categories).toEqual([{ name: 'News', slug: 'news' }]);
  });

  test('source from the body line', () => {
    expect(article.source).toEqual({
      title: '중기부·경찰청, 치안분야 중소벤처기업 집중 육성한다 - 중소벤처기업부',
      url: 'https://newsdao.kr/3615',
      publisher: '뉴스다오',
    });
  });

  test('image with the alt of the lifted body picture', () => {
    expect(article.image).toEqual({ src: '/assets/img/newsdao_breakingnews.jpg', alt: '뉴스다오 속보' });
  });

  test('excerpt from front matter, folded onto one line', () => {
    expect(article.excerpt).toBe(
      '중소벤처기업부와 경찰청이 손잡고 치안 분야 중소기업을 집중적으로 육성한다. 중기부와 경찰청은 18일 경찰청 …',
    );
  });

  test('feature text rendered from markdown', () => {
    const feature = html(article.featureText!);
    expect(feature).toContain('<h2>navernews 실시간 뉴스 속보입니다.</h2>');
    expect(feature).toContain('<p>중소벤처기업부와 경찰청이 손잡고');
  });

  test('body without the 출처 paragraph', () => {
    expect(body).not.toContain('출처');
    expect(body).not.toContain('newsdao.kr/3615');
  });

  test('body without the lead image', () => {
    expect(elements(article.body, 'img')).toEqual([]);
    expect(body).not.toContain('newsdao_breakingnews');
  });

  test('body opens with the first heading', () => {
    const first = article.body.children.find((child) => child.type === 'element');
    expect(first).toMatchObject({ tagName: 'h2' });
    expect(body).toContain('<h2>중기부·경찰청, 치안분야 중소벤처기업 집중 육성</h2>');
  });

  test('table with a <th scope="col"> heading row', () => {
    const [table] = elements(article.body, 'table');
    const headings = elements(table!, 'th');
    expect(headings.map((th) => html({ type: 'root', children: th.children }))).toEqual(['문의', '연락처']);
    expect(headings.every((th) => th.properties.scope === 'col')).toBe(true);
    expect(elements(elements(table!, 'tbody')[0]!, 'tr')).toHaveLength(2);
  });

  test('no Tistory attributes, inline styles or empty spacer paragraphs remain', () => {
    expect(body).not.toMatch(/data-ke|style=|dofollow|&nbsp;|\u00a0/);
    expect(
      elements(article.body, 'p').every((p) => html({ type: 'root', children: p.children }).trim() !== ''),
    ).toBe(true);
  });

  test('the closing link survives once, with safe rel', () => {
    const links = elements(article.body, 'a');
    expect(links.map((link) => [link.properties.href, link.properties.rel])).toEqual([
      ['https://newsdao.kr', ['noopener', 'noreferrer']],
    ]);
  });

  test('sourcePath is the relative path', () => {
    expect(article.sourcePath).toBe(REFERENCE_PATH);
  });

  test('the same post saved with CRLF and a BOM builds the same article', () => {
    const windows = articleFromPost({
      relativePath: REFERENCE_PATH,
      source: `\uFEFF${reference.replace(/\n/g, '\r\n')}`,
    });
    expect(windows.problems).toEqual([]);
    expect({
      ...windows.article,
      body: html(windows.article!.body),
      featureText: html(windows.article!.featureText!),
    }).toEqual({
      ...article,
      body,
      featureText: html(article.featureText!),
    });
  });
});

describe('articleFromPost', () => {
  test('derives the excerpt from the body text when front matter has none', () => {
    const article = build(post(['title: 제목'], '## 소제목\n\n첫 **문단**입니다.\n\n둘째 문단.'));
    expect(article.excerpt).toBe('소제목 첫 문단입니다. 둘째 문단.');
  });

  test('the derived excerpt skips the lifted source line and banner', () => {
    const article = build(
      post(
        ['title: 제목', 'image: /b.jpg'],
        '![배너](/b.jpg)\n\n<p>출처: <a href="https://e.com">원문</a> | 뉴스다오</p>\n\n본문 시작.',
      ),
    );
    expect(article.excerpt).toBe('본문 시작.');
  });

  test('a front-matter excerpt is folded onto one line', () => {
    expect(build(post(['title: 제목', 'excerpt: |', '  첫 줄', '  둘째 줄'])).excerpt).toBe('첫 줄 둘째 줄');
  });

  test('no feature_text gives no feature text', () => {
    expect(build(post(['title: 제목'])).featureText).toBeUndefined();
  });

  test('feature_text is sanitised like the body', () => {
    const feature = build(
      post(['title: 제목', 'feature_text: "<script>alert(1)</script>속보"']),
    ).featureText!;
    expect(html(feature)).not.toMatch(/script|alert/);
    expect(html(feature)).toContain('속보');
  });

  test('an image given as { path, alt } is read', () => {
    expect(build(post(['title: 제목', 'image: { path: /a.jpg, alt: 설명 }'])).image).toEqual({
      src: '/a.jpg',
      alt: '설명',
    });
  });

  test('the problems of a post all name its relative path', () => {
    const result = articleFromPost({ relativePath: 'news/2023-02-30-x.md', source: post(['title:']) });
    expect(result.problems.length).toBeGreaterThan(0);
    expect(result.problems.every((problem) => problem.file === 'news/2023-02-30-x.md')).toBe(true);
  });
});
