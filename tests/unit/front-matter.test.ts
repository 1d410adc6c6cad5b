import { describe, expect, test } from 'vitest';

import { FrontMatterSyntaxError, lineOfField, parsePost } from '@/lib/content/front-matter';
import { formatProblem } from '@/lib/content/problems';

import { build, check, lineOf, post } from './support/posts';

describe('splitting a post into front matter and body', () => {
  test('front matter fields and the body after the closing ---', () => {
    const parsed = parsePost('---\ntitle: 제목\nlayout: post\n---\n본문 첫 줄\n둘째 줄');
    expect(parsed.data).toEqual({ title: '제목', layout: 'post' });
    expect(parsed.body).toBe('본문 첫 줄\n둘째 줄');
  });

  test('bodyLine is the real file line where the body starts', () => {
    const source = '---\ntitle: 제목\ndate: 2024-01-02\n---\n본문';
    expect(parsePost(source).bodyLine).toBe(lineOf(source, '본문'));
  });

  test('an empty front-matter block gives no fields rather than failing', () => {
    expect(parsePost('---\n---\n본문').data).toEqual({});
  });
});

describe('title', () => {
  test('a numeric title is kept as text', () => {
    expect(build(post(['title: 2024'])).title).toBe('2024');
  });

  test('a numeric title keeps exactly the digits the editor wrote', () => {
    // YAML would read these as the numbers 10.1, 31 and 1000; a headline is text.
    expect(build(post(['title: 10.10'])).title).toBe('10.10');
    expect(build(post(['title: 0x1F'])).title).toBe('0x1F');
    expect(build(post(['title: 1e3'])).title).toBe('1e3');
  });

  test('a boolean-looking title is kept as text', () => {
    expect(build(post(['title: true'])).title).toBe('true');
  });

  test('surrounding spaces in a quoted title are trimmed', () => {
    expect(build(post(["title: '  경제 뉴스  '"])).title).toBe('경제 뉴스');
  });

  test('a missing title is taken from the file name, as Jekyll does, with a warning on line 1', () => {
    const result = check(post(['date: 2024-01-02']), '2024-01-02-police-sme-security.md');
    expect(result.article?.title).toBe('Police Sme Security');
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'title',
        line: 1,
        file: '2024-01-02-police-sme-security.md',
      }),
    ]);
    expect(result.problems[0]!.message).toContain('"Police Sme Security"');
  });

  test('a Korean file name gives a Korean title, words split at hyphens, capitals kept', () => {
    expect(build(post(['date: 2024-01-02']), '2024-01-02-경찰청-SME-보안.md').title).toBe('경찰청 SME 보안');
  });

  test('an empty `title:` is derived too, warning on its line', () => {
    const source = post(['date: 2024-01-02', 'title:']);
    const result = check(source);
    expect(result.article?.title).toBe('Sample Post');
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'title', line: lineOf(source, 'title:') }),
    ]);
    expect(formatProblem(result.problems[0]!)).toContain(
      `2024-01-02-sample-post.md:${lineOf(source, 'title:')}:1  title`,
    );
  });

  test('a blank quoted title or one of only zero-width spaces is derived too', () => {
    const source = post(['excerpt: 요약', "title: '   '"]);
    const result = check(source);
    expect(result.article?.title).toBe('Sample Post');
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'title',
        line: lineOf(source, "title: '   '"),
        message: expect.stringContaining('empty title'),
      }),
    ]);
    expect(build(post(['title: "\u200b"'])).title).toBe('Sample Post');
  });

  test('zero-width characters inside a title are removed', () => {
    expect(build(post(['title: "경찰\u200b청\u2060 발표"'])).title).toBe('경찰청 발표');
  });

  test('a title given as a list is an error on the title field', () => {
    const source = post(['title:', '  - 하나', '  - 둘']);
    expect(check(source).problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'title', line: 2 }),
    ]);
  });
});

describe('YAML syntax errors', () => {
  test('bad indentation names the file and the real line in the file', () => {
    const source = post(['title: 제목', 'date: 2024-01-02', '  excerpt: 들여쓰기 잘못']);
    const result = check(source, 'news/2024-01-02-indent.md');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        file: 'news/2024-01-02-indent.md',
        field: 'front matter',
        line: lineOf(source, '  excerpt: 들여쓰기 잘못'),
      }),
    ]);
    expect(result.problems[0]!.message).toMatch(/^YAML syntax error: /);
  });

  test('the reported line stays real after comments and blank lines in the front matter', () => {
    const source = post([
      '# 편집자 메모',
      '',
      'title: 제목',
      '',
      'excerpt: "닫히지 않은 따옴표',
      'date: 2024-01-02',
    ]);
    const [problem] = check(source).problems;
    expect(problem).toMatchObject({ severity: 'error', field: 'front matter' });
    // js-yaml notices the open quote only where the front matter ends, at the closing --- at the latest.
    expect(problem!.line).toBeGreaterThanOrEqual(lineOf(source, 'excerpt: "닫히지 않은 따옴표'));
    expect(problem!.line).toBeLessThanOrEqual(source.split('\n').lastIndexOf('---') + 1);
  });

  test('the reported line is real when the opening --- has trailing spaces', () => {
    const source = [
      '--- ',
      'title: 제목',
      'date: 2024-01-02',
      '  excerpt: 들여쓰기 잘못',
      '---',
      '본문',
    ].join('\n');
    expect(check(source).problems).toEqual([
      expect.objectContaining({ field: 'front matter', line: lineOf(source, '  excerpt: 들여쓰기 잘못') }),
    ]);
  });

  test('parsePost throws a FrontMatterSyntaxError carrying line and column', () => {
    const source = post(['title: 제목', '  excerpt: 들여쓰기 잘못']);
    let caught: unknown;
    try {
      parsePost(source);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(FrontMatterSyntaxError);
    expect((caught as FrontMatterSyntaxError).line).toBe(lineOf(source, '  excerpt: 들여쓰기 잘못'));
    expect((caught as FrontMatterSyntaxError).column).toBeGreaterThanOrEqual(1);
  });

  test('front matter that is a list instead of fields is an error', () => {
    const result = check(post(['- title', '- date']));
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'front matter', line: 2 }),
    ]);
  });

  test('YAML tags that would build objects are refused', () => {
    const result = check(post(['title: !!js/function "function () { return 1 }"']));
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'front matter', line: 2 }),
    ]);
  });
});

describe('duplicate keys', () => {
  test('a key written twice is an error on the line of the second one', () => {
    const source = post(['title: 첫 제목', 'date: 2024-01-02', 'title: 둘째 제목']);
    const result = check(source);
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'front matter',
        line: lineOf(source, 'title: 둘째 제목'),
      }),
    ]);
    expect(result.problems[0]!.message).toBe(
      `duplicated mapping key: \`title\` is written twice (first on line ${lineOf(source, 'title: 첫 제목')})`,
    );
    expect(result.problems[0]!.hint).toBe('keep one `title:` line and delete the other');
  });
});

describe('files that are not posts', () => {
  test('an empty file is an error', () => {
    const result = check('');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ severity: 'error', field: 'file', line: 1 })]);
  });

  test('a file of only blank lines is an error, like an empty one', () => {
    expect(check('\n  \n\t\n').problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'file' }),
    ]);
  });

  test('a file without front matter is an error', () => {
    const result = check('# 제목\n\n본문만 있는 파일');
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        field: 'front matter',
        line: 1,
        message: 'the file has no front matter',
      }),
    ]);
  });

  test('a file whose front matter does not start on line 1 is an error', () => {
    expect(check('\n---\ntitle: 제목\n---\n본문').problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'front matter' }),
    ]);
  });
});

describe('published', () => {
  test('published: false is a warning on its line and builds no article', () => {
    const source = post(['title: 초안', 'published: false']);
    const result = check(source);
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({
        severity: 'warning',
        field: 'published',
        line: lineOf(source, 'published: false'),
      }),
    ]);
  });

  test('published: true builds the article with no problems', () => {
    const result = check(post(['title: 공개', 'published: true']));
    expect(result.problems).toEqual([]);
    expect(result.article?.title).toBe('공개');
  });

  test('published as a word other than true/false is an error, not silently published', () => {
    const result = check(post(['title: 제목', 'published: nope']));
    expect(result.article).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ severity: 'error', field: 'published', line: 3 }),
    ]);
  });
});

describe('other fields', () => {
  test('Jekyll fields the site does not use (layout, tags) are accepted', () => {
    const result = check(post(['layout: post', 'title: 제목', 'tags: [a, b]', 'comments: true']));
    expect(result.problems).toEqual([]);
    expect(result.article).toBeDefined();
  });

  test('every schema problem in one post is reported, each on its own line', () => {
    const source = post(['title: [a]', 'published: maybe', 'image: ""']);
    const problems = check(source).problems;
    expect(problems).toHaveLength(3);
    expect(problems.map((problem) => [problem.field, problem.line])).toEqual(
      expect.arrayContaining([
        ['title', lineOf(source, 'title: [a]')],
        ['published', lineOf(source, 'published: maybe')],
        ['image', lineOf(source, 'image: ""')],
      ]),
    );
  });
});

describe('lineOfField', () => {
  test('finds a key on its real file line', () => {
    const source = post(['title: 제목', 'date: 2024-01-02', 'image: /a.jpg']);
    const { frontMatterText } = parsePost(source);
    expect(lineOfField(frontMatterText, 'title')).toBe(lineOf(source, 'title: 제목'));
    expect(lineOfField(frontMatterText, 'image')).toBe(lineOf(source, 'image: /a.jpg'));
  });

  test('does not match a key that merely starts with the same letters', () => {
    const source = post(['dateline: 서울', 'date: 2024-01-02']);
    expect(lineOfField(parsePost(source).frontMatterText, 'date')).toBe(lineOf(source, 'date: 2024-01-02'));
  });

  test('gives line 1 for a key that is absent', () => {
    expect(lineOfField(parsePost(post(['title: 제목'])).frontMatterText, 'date')).toBe(1);
  });

  test('finds the real line when the opening --- has trailing spaces', () => {
    const source = ['---  ', 'title: 제목', 'published: false', '---', '본문'].join('\n');
    expect(lineOfField(parsePost(source).frontMatterText, 'published')).toBe(
      lineOf(source, 'published: false'),
    );
  });
});
