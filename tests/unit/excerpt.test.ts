import { describe, expect, test } from 'vitest';

import { deriveExcerpt } from '@/lib/content/render/plain-text';
import { renderMarkdown } from '@/lib/content/render/render-markdown';

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
});
