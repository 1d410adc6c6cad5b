import { describe, expect, test } from 'vitest';

import { MAX_POST_CHARACTERS, validatePost } from '@/lib/content/post-steps/validate-post';

const validate = (source: string) => validatePost({ relativePath: '2024-01-02-a.md', source });

describe('validatePost', () => {
  test('a post with front matter passes, its body and body line split off', () => {
    const { post, problems } = validate('---\ntitle: 제목\n---\n본문');
    expect(problems).toEqual([]);
    expect(post).toMatchObject({ baseName: '2024-01-02-a', body: '본문', bodyLine: 4, isHtml: false });
    expect(post?.lineOf('title')).toBe(2);
  });

  test('an empty file, a file without front matter and an oversized file are refused', () => {
    expect(validate('  \n').problems[0]?.message).toBe('the file is empty');
    expect(validate('본문만').problems[0]?.message).toBe('the file has no front matter');
    expect(validate('x'.repeat(MAX_POST_CHARACTERS + 1)).problems[0]?.field).toBe('file');
  });

  test('a schema error names the field on its line; published: false is a warning', () => {
    const schema = validate('---\ntitle: 제목\ncategories: { a: 1 }\n---\n');
    expect(schema.post).toBeUndefined();
    expect(schema.problems[0]).toMatchObject({ severity: 'error', field: 'categories', line: 3 });
    const unpublished = validate('---\npublished: false\n---\n');
    expect(unpublished.problems[0]).toMatchObject({ severity: 'warning', field: 'published', line: 2 });
  });

  test('CRLF and a byte-order mark are read as plain newlines', () => {
    expect(validate('\uFEFF---\r\ntitle: 제목\r\n---\r\n본문').post?.body).toBe('본문');
  });
});
