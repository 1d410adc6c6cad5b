import { describe, expect, test } from 'vitest';

import { findEditorPlaceholders } from '@/lib/content/editor-placeholders';
import { markdownLines } from '@/lib/content/fences';

import { check, html, lineOf, post } from './support/posts';

const PLACEHOLDER =
  '[##_Image|kage@bXyZ12/btsAbC/abc123/img.png|CDM|1.3|{"originWidth":800,"originHeight":600}_##]';

describe('Tistory placeholders', () => {
  test('each is noted with its line and column', () => {
    expect(findEditorPlaceholders(`첫 줄\n사진: ${PLACEHOLDER}`)).toEqual([
      expect.objectContaining({ line: 2, column: 5, message: expect.stringContaining('[##_Image|…_##]') }),
    ]);
  });

  test('inside fenced code it is code, not a problem', () => {
    expect(findEditorPlaceholders(`\`\`\`\n${PLACEHOLDER}\n\`\`\``)).toEqual([]);
  });

  test('in a post it stays visible and is a warning on its file line', () => {
    const source = post(['title: 제목'], `본문\n\n${PLACEHOLDER}`);
    const result = check(source);
    expect(html(result.article!.body)).toContain('kage@bXyZ12/btsAbC/abc123/img.png');
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'body',
        line: lineOf(source, PLACEHOLDER),
        column: 1,
      }),
    ]);
  });
});

describe('markdownLines', () => {
  test('marks fenced lines, fences included, and gives offsets', () => {
    expect(markdownLines('a\n```js\nb\n```\nc').map(({ inFence, offset }) => [inFence, offset])).toEqual([
      [false, 0],
      [true, 2],
      [true, 8],
      [true, 10],
      [false, 14],
    ]);
  });

  test('a ~~~ fence is not closed by ```', () => {
    expect(markdownLines('~~~\n```\nx\n~~~\ny').map(({ inFence }) => inFence)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
  });
});
