import matter from 'gray-matter';
import { afterEach, describe, expect, test } from 'vitest';

import { FrontMatterSyntaxError, parsePost } from '@/lib/content/front-matter';

import { check } from './support/posts';

/** Front matter whose evaluation would set a global flag, and still yield a valid-looking title. */
function payload(language: string, flag: string): string {
  return `---${language}\n{ title: (globalThis.${flag} = 'ran', '자바스크립트 제목') }\n---\n본문`;
}

type Flags = Record<string, unknown>;
const flags = globalThis as unknown as Flags;
const FLAG_NAMES = [
  '__newsdaoControlRan',
  '__newsdaoJsRan',
  '__newsdaoJavascriptRan',
  '__newsdaoUpperRan',
  '__newsdaoParseRan',
];

afterEach(() => {
  for (const name of FLAG_NAMES) delete flags[name];
});

describe('JavaScript front matter', () => {
  test('control: gray-matter on its own would execute the payload and set the global', () => {
    // Proves the payload below is live code, so the refusals that follow mean something.
    const file = matter(payload('js', '__newsdaoControlRan'), {});
    expect(flags.__newsdaoControlRan).toBe('ran');
    expect(file.data).toEqual({ title: '자바스크립트 제목' });
  });

  test('---js is rejected with an error on line 1 and never executed', () => {
    const result = check(payload('js', '__newsdaoJsRan'));
    expect(flags.__newsdaoJsRan).toBeUndefined();
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'front matter',
        line: 1,
        message: 'JavaScript front matter (---js) is never executed',
      }),
    ]);
  });

  test('---javascript is rejected and never executed', () => {
    const result = check(payload('javascript', '__newsdaoJavascriptRan'));
    expect(flags.__newsdaoJavascriptRan).toBeUndefined();
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'front matter', line: 1 }),
    ]);
  });

  test('---JS in capitals is rejected and never executed', () => {
    const result = check(payload('JS', '__newsdaoUpperRan'));
    expect(flags.__newsdaoUpperRan).toBeUndefined();
    expect(result.article).toBeUndefined();
  });

  test('parsePost itself throws a FrontMatterSyntaxError and runs nothing', () => {
    expect(() => parsePost(payload('js', '__newsdaoParseRan'))).toThrow(FrontMatterSyntaxError);
    expect(flags.__newsdaoParseRan).toBeUndefined();
  });

  test('an unknown front-matter language is a reported error, not a crash', () => {
    const result = check('---coffee\ntitle: "x"\n---\n본문');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'front matter', line: 1 }),
    ]);
  });
});
