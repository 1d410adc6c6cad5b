import { describe, expect, test } from 'vitest';

import { renderMarkdown } from '@/lib/content/render/render-markdown';
import { liftSourceLine, parseSourceParagraph } from '@/lib/content/render/source-line';

import { build, check, firstElement, html, post } from './support/posts';

const SEED_LINE =
  '<p>출처: <a href="https://newsdao.kr/3615" rel="dofollow">중기부·경찰청, 치안분야 중소벤처기업 집중 육성한다 - 중소벤처기업부</a> | 뉴스다오</p>';

describe('parseSourceParagraph', () => {
  test("the seed's line gives title, url and publisher", () => {
    expect(parseSourceParagraph(firstElement(SEED_LINE, 'p'))).toEqual({
      title: '중기부·경찰청, 치안분야 중소벤처기업 집중 육성한다 - 중소벤처기업부',
      url: 'https://newsdao.kr/3615',
      publisher: '뉴스다오',
    });
  });

  test('a full-width colon (：) is read the same', () => {
    expect(
      parseSourceParagraph(
        firstElement('<p>출처： <a href="https://example.com/a">원문 제목</a> | 연합뉴스</p>', 'p'),
      ),
    ).toEqual({
      title: '원문 제목',
      url: 'https://example.com/a',
      publisher: '연합뉴스',
    });
  });

  test('no space around the colon is fine', () => {
    expect(
      parseSourceParagraph(firstElement('<p>출처:<a href="https://example.com/a">원문</a></p>', 'p')),
    ).toEqual({
      title: '원문',
      url: 'https://example.com/a',
      publisher: undefined,
    });
  });

  test('a line without a link gives title and publisher, no url', () => {
    expect(
      parseSourceParagraph(firstElement('<p>출처: 중소벤처기업부 보도자료 | 뉴스다오</p>', 'p')),
    ).toEqual({
      title: '중소벤처기업부 보도자료',
      url: undefined,
      publisher: '뉴스다오',
    });
  });

  test('a line without a link or publisher gives just the title', () => {
    expect(parseSourceParagraph(firstElement('<p>출처: 연합뉴스</p>', 'p'))).toEqual({
      title: '연합뉴스',
      url: undefined,
      publisher: undefined,
    });
  });

  test('publisher separators other than | are stripped too', () => {
    expect(
      parseSourceParagraph(firstElement('<p>출처: <a href="https://e.com">제목</a> · 한겨레</p>', 'p'))
        ?.publisher,
    ).toBe('한겨레');
  });

  test('a paragraph that does not start with 출처 is not a source line', () => {
    expect(
      parseSourceParagraph(firstElement('<p>이 기사의 출처: <a href="https://e.com">x</a></p>', 'p')),
    ).toBeUndefined();
    expect(parseSourceParagraph(firstElement('<p>출처를 밝힙니다</p>', 'p'))).toBeUndefined();
  });

  test('출처: with nothing after it is not a source line', () => {
    expect(parseSourceParagraph(firstElement('<p>출처: </p>', 'p'))).toBeUndefined();
  });
});

describe('liftSourceLine', () => {
  test("the seed's source paragraph is returned and removed from the tree", () => {
    const tree = renderMarkdown(
      `![뉴스다오 속보](/assets/img/newsdao_breakingnews.jpg)\n\n${SEED_LINE}\n\n<h2>본문 제목</h2>\n<p>본문</p>`,
    );
    expect(liftSourceLine(tree)).toEqual({
      title: '중기부·경찰청, 치안분야 중소벤처기업 집중 육성한다 - 중소벤처기업부',
      url: 'https://newsdao.kr/3615',
      publisher: '뉴스다오',
    });
    const out = html(tree);
    expect(out).not.toContain('출처');
    expect(out).not.toContain('newsdao.kr/3615');
    expect(out).toContain('<h2>본문 제목</h2>');
    expect(out).toContain('<p>본문</p>');
  });

  test('a markdown source line (with a markdown link) is lifted', () => {
    const tree = renderMarkdown('출처: [원문 제목](https://example.com/a) | 연합뉴스\n\n본문');
    expect(liftSourceLine(tree)).toEqual({
      title: '원문 제목',
      url: 'https://example.com/a',
      publisher: '연합뉴스',
    });
    expect(html(tree)).not.toContain('출처');
  });

  test('a source line with a full-width colon and no link is lifted', () => {
    const tree = renderMarkdown('<p>출처：연합뉴스</p>\n\n본문');
    expect(liftSourceLine(tree)).toEqual({ title: '연합뉴스', url: undefined, publisher: undefined });
    expect(html(tree)).not.toContain('연합뉴스');
  });

  test('a 출처 line after the first heading is not taken and stays in the body', () => {
    const tree = renderMarkdown('## 소제목\n\n출처: [인용](https://example.com/q) | 어딘가\n\n본문');
    expect(liftSourceLine(tree)).toBeUndefined();
    expect(html(tree)).toContain('출처: ');
  });

  test('a 출처 line far down the body is not taken', () => {
    const tree = renderMarkdown('하나\n\n둘\n\n셋\n\n넷\n\n출처: 연합뉴스');
    expect(liftSourceLine(tree)).toBeUndefined();
    expect(html(tree)).toContain('출처: 연합뉴스');
  });

  test('only the first source line is lifted', () => {
    const tree = renderMarkdown('출처: 첫째\n\n출처: 둘째');
    expect(liftSourceLine(tree)?.title).toBe('첫째');
    expect(html(tree)).toContain('출처: 둘째');
  });

  test('a body without a source line is left untouched', () => {
    const tree = renderMarkdown('본문만 있습니다.');
    const before = html(tree);
    expect(liftSourceLine(tree)).toBeUndefined();
    expect(html(tree)).toBe(before);
  });
});

describe('source attribution on the article', () => {
  test('the body line becomes the article source and leaves the body', () => {
    const article = build(post(['title: 제목'], `${SEED_LINE}\n\n본문`));
    expect(article.source).toEqual({
      title: '중기부·경찰청, 치안분야 중소벤처기업 집중 육성한다 - 중소벤처기업부',
      url: 'https://newsdao.kr/3615',
      publisher: '뉴스다오',
    });
    expect(html(article.body)).not.toContain('출처');
  });

  test('front-matter `source` wins over the body line, and the body line is still removed', () => {
    const article = build(
      post(
        [
          'title: 제목',
          'source:',
          '  title: 보도자료 원문',
          '  url: https://www.mss.go.kr/x',
          '  publisher: 중소벤처기업부',
        ],
        `${SEED_LINE}\n\n본문`,
      ),
    );
    expect(article.source).toEqual({
      title: '보도자료 원문',
      url: 'https://www.mss.go.kr/x',
      publisher: '중소벤처기업부',
    });
    expect(html(article.body)).not.toContain('출처');
    expect(html(article.body)).toContain('본문');
  });

  test('front-matter `source` as plain text is a title without url or publisher', () => {
    expect(build(post(['title: 제목', 'source: 연합뉴스'], `${SEED_LINE}`)).source).toEqual({
      title: '연합뉴스',
      url: undefined,
      publisher: undefined,
    });
  });

  test('a front-matter source url that is not http(s) is an error on the source field', () => {
    const result = check(post(['title: 제목', 'source:', '  title: 원문', '  url: "javascript:alert(1)"']));
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'source', line: 3 }),
    ]);
  });

  test('no source anywhere leaves the article without one', () => {
    expect(build(post(['title: 제목'])).source).toBeUndefined();
  });
});
