import { describe, expect, test } from 'vitest';

import { deriveExcerpt } from '@/lib/content/render/plain-text';
import { renderHtml, renderMarkdown } from '@/lib/content/render/render-markdown';
import { articleSearchRecord } from '@/lib/search/article-search-record';

import { build, post } from './support/posts';

const IFRAME =
  '<iframe src="https://www.youtube.com/embed/abc">이 브라우저는 동영상을 보여주지 못합니다</iframe>';
const RUBY = '<ruby>漢<rp>(</rp><rt>한</rt><rp>)</rp></ruby>字';

describe('deriveExcerpt', () => {
  test('short text is returned whole, whitespace folded, markup gone', () => {
    expect(deriveExcerpt(renderMarkdown('## 제목\n\n**굵은** 글과\n\n[링크](https://e.com).'))).toBe(
      '제목 굵은 글과 링크.',
    );
  });

  test('long text is cut at a word boundary with an ellipsis', () => {
    const words = Array.from({ length: 60 }, (_, index) => `낱말${index}`).join(' ');
    const excerpt = deriveExcerpt(renderMarkdown(words), 50);
    expect(excerpt.endsWith('…')).toBe(true);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(words.startsWith(excerpt.slice(0, -1))).toBe(true);
    expect(words.charAt(excerpt.length - 1)).toBe(' ');
  });

  test('text without spaces is cut at the length', () => {
    const excerpt = deriveExcerpt(renderMarkdown('가'.repeat(300)), 160);
    expect(excerpt).toBe(`${'가'.repeat(160)}…`);
  });

  test('script content never reaches the excerpt', () => {
    expect(deriveExcerpt(renderMarkdown('<script>var secret = 1</script>본문'))).toBe('본문');
  });

  test('an iframe fallback, <rp> brackets, template, noscript and style text never reach it (markdown or HTML)', () => {
    const body = `${IFRAME}\n\n${RUBY} 본문<noscript>스크립트 없음</noscript><template>틀</template><style>p{}</style>`;
    expect(deriveExcerpt(renderMarkdown(body))).toBe('漢한字 본문');
    expect(deriveExcerpt(renderHtml(body))).toBe('漢한字 본문');
  });
});

describe('text a reader never sees stays out of every text taken from a body', () => {
  const source = post(
    [
      'title: 동영상 기사',
      'feature_text: "속보 <iframe src=\'https://www.youtube.com/embed/x\'>대체</iframe>"',
    ],
    `${IFRAME}\n\n${RUBY} 첫 문단\n\n<!--more-->\n\n둘째 문단 ${IFRAME}`,
  );

  test("the excerpt before the excerpt marker (the page's description, the feed's summary)", () => {
    expect(build(source).excerpt).toBe('漢한字 첫 문단');
  });

  test('the excerpt from the start of the body', () => {
    expect(build(post(['title: 동영상'], `${IFRAME}\n\n${RUBY} 본문`)).excerpt).toBe('漢한字 본문');
  });

  test('the search record of an article rendered on request', () => {
    const { content } = articleSearchRecord(build(source));
    expect(content).toContain('속보');
    expect(content).toContain('둘째 문단');
    expect(content).not.toMatch(/브라우저|대체|\(|\)/);
  });

  test('the fallback stays in the body itself, for readers and feed readers that show no iframes', () => {
    expect(JSON.stringify(build(source).body)).toContain('이 브라우저는 동영상을 보여주지 못합니다');
  });
});
