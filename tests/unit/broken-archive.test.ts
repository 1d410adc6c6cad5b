/**
 * A real archive of files the content layer must refuse (tests/unit/fixtures/broken-archive): every one
 * is named with its line, field, message and hint, all in one run, and the good post beside them builds.
 */
import { beforeAll, describe, expect, test } from 'vitest';

import { BROKEN_ARCHIVE, checkFolder, problemsOf, type CheckedFolder } from './support/fixture-archives';

let archive: CheckedFolder;

beforeAll(async () => {
  archive = await checkFolder(BROKEN_ARCHIVE);
});

const errorsOf = (file: string) =>
  problemsOf(archive, file).filter((problem) => problem.severity === 'error');

describe('a broken archive', () => {
  test('every file is reported in one run; only the good posts build', () => {
    const failing = new Set(
      archive.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.file),
    );
    expect([...failing].sort()).toEqual([
      '2023-01-01-bad-yaml.md',
      '2023-01-02-duplicate-key.md',
      '2023-01-03-rolled-date.md',
      '2023-01-04-unclosed.md',
      '2023-01-06-javascript.md',
      '2023-01-07-alias-bomb.md',
      '2023-01-08-old-address.md',
      '2023-01-10-no-front-matter.md',
      'empty.md',
      'sub/2023-01-05-Collide.markdown',
    ]);
    expect(archive.articles.map((article) => article.sourcePath)).toContain('2023-01-09-fine.md');
  });

  test('invalid YAML names the file, the line and the column', () => {
    expect(errorsOf('2023-01-01-bad-yaml.md')).toEqual([
      expect.objectContaining({
        field: 'front matter',
        line: 5,
        column: 2,
        message: expect.stringContaining('bad indentation'),
      }),
    ]);
  });

  test('a duplicate key names the key, both lines and what to do', () => {
    expect(errorsOf('2023-01-02-duplicate-key.md')).toEqual([
      expect.objectContaining({
        line: 4,
        message: 'duplicated mapping key: `title` is written twice (first on line 2)',
        hint: 'keep one `title:` line and delete the other',
      }),
    ]);
  });

  test('a date YAML would roll over (2023-13-45) is refused on its line', () => {
    expect(errorsOf('2023-01-03-rolled-date.md')).toEqual([
      expect.objectContaining({ field: 'date', line: 3, message: 'month 13 does not exist' }),
    ]);
  });

  test('front matter that never closes is refused with line 1', () => {
    expect(errorsOf('2023-01-04-unclosed.md')).toEqual([
      expect.objectContaining({
        field: 'front matter',
        line: 1,
        message: expect.stringContaining('never closes'),
      }),
    ]);
  });

  test('an empty file and a file without front matter are refused', () => {
    expect(errorsOf('empty.md')).toEqual([
      expect.objectContaining({ field: 'file', message: 'the file is empty' }),
    ]);
    expect(errorsOf('2023-01-10-no-front-matter.md')).toEqual([
      expect.objectContaining({ message: 'the file has no front matter' }),
    ]);
  });

  test('two files claiming one URL: both are named', () => {
    const [collision] = errorsOf('sub/2023-01-05-Collide.markdown');
    expect(collision?.message).toBe(
      'claims the URL /articles/2023-01-05-collide, as does 2023-01-05-collide.md',
    );
  });

  test('---js front matter is refused and never run', () => {
    expect(errorsOf('2023-01-06-javascript.md')).toEqual([
      expect.objectContaining({ message: 'JavaScript front matter (---js) is never executed' }),
    ]);
    expect('pwned' in globalThis).toBe(false);
  });

  test('a YAML alias bomb is refused with the limit', () => {
    expect(errorsOf('2023-01-07-alias-bomb.md')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('more than 2000 values') }),
    ]);
  });

  test("an old address that is another article's URL is refused, naming that article", () => {
    expect(errorsOf('2023-01-08-old-address.md')).toEqual([
      expect.objectContaining({
        field: 'redirect_from',
        line: 3,
        message: "the old address /articles/2023-01-09-fine is also 2023-01-09-fine.md's own URL",
      }),
    ]);
  });
});
