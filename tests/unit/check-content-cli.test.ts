/** `npm run check` as editors and CI run it: a real process over the fixture archives. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, describe, expect, test } from 'vitest';

import { BROKEN_ARCHIVE, JEKYLL_ARCHIVE } from './support/fixture-archives';

const PROJECT = path.resolve(JEKYLL_ARCHIVE, '..', '..', '..', '..');
const cacheFolder = mkdtempSync(path.join(tmpdir(), 'newsdao-check-'));

afterAll(() => rmSync(cacheFolder, { recursive: true, force: true }));

function runCheck(contentDir: string, ...args: string[]) {
  return runCheckWith({}, contentDir, ...args);
}

function runCheckWith(environment: Record<string, string>, contentDir: string, ...args: string[]) {
  const result = spawnSync(
    path.join(PROJECT, 'node_modules', '.bin', 'tsx'),
    ['scripts/check-content.ts', ...args],
    {
      cwd: PROJECT,
      encoding: 'utf8',
      // A fixed clock is not possible across a process; the archive's future post is dated 2099.
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        NEXT_DIST_DIR: cacheFolder,
        BUILD_FUTURE: '',
        ...environment,
      },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `path:line:column  field  message  hint`, two spaces apart, indented under its section heading. */
const PROBLEM_LINE = /^ {2}[^ ].*:\d+:\d+ {2}[^ ][^]*? {2}[^ ].*? {2}[^ ].*$/;

describe('npm run check', () => {
  test('a good archive with warnings exits 0 and lists the warnings, one problem a line', () => {
    const { status, stdout } = runCheck(JEKYLL_ARCHIVE);
    expect(status).toBe(0);
    expect(stdout).not.toContain('오류 errors');
    const lines = stdout.split('\n');
    const heading = lines.findIndex((line) => /^경고 warnings \(\d+\)$/.test(line));
    expect(heading).toBeGreaterThanOrEqual(0);
    const problems = lines.slice(heading + 1).filter((line) => line.startsWith('  '));
    expect(problems.length).toBeGreaterThan(8);
    for (const line of problems) expect(line).toMatch(PROBLEM_LINE);
    expect(stdout).toContain('  notes.txt:1:1  file  is not a post (.txt)');
    expect(stdout).toContain(
      '  2099-01-01-future.md:1:1  date  dated 2099-01-01 00:00 (Seoul), in the future, so it is held back',
    );
    expect(stdout).toContain(
      '  2023-09-22-liquid.md:11:1  body  Liquid {% include ad-banner.html %} is not run',
    );
  }, 30_000);

  test('a broken archive exits 1, errors apart from and before warnings, each with its place', () => {
    const { status, stdout } = runCheck(BROKEN_ARCHIVE);
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    const errors = lines.indexOf('오류 errors (10)');
    expect(errors).toBe(0);
    const errorLines = lines.slice(1, 11);
    for (const line of errorLines) expect(line).toMatch(PROBLEM_LINE);
    expect(errorLines).toContain(
      '  2023-01-02-duplicate-key.md:4:1  front matter  duplicated mapping key: `title` is written twice (first on line 2)  keep one `title:` line and delete the other',
    );
    expect(errorLines).toContain(
      '  2023-01-01-bad-yaml.md:5:2  front matter  YAML syntax error: bad indentation of a mapping entry  check quoting and indentation on that line',
    );
    expect(stdout).toMatch(/10 errors/);
  }, 30_000);

  test('--format github prints annotations with file, line, column and title', () => {
    const { status, stdout, stderr } = runCheck(BROKEN_ARCHIVE, '--format', 'github');
    expect(status).toBe(1);
    const annotations = stdout.trim().split('\n');
    expect(annotations).toHaveLength(10);
    for (const line of annotations)
      expect(line).toMatch(
        /^::error file=tests\/unit\/fixtures\/broken-archive\/[^,]+,line=\d+,col=\d+,title=[^:]+::.+ — .+$/,
      );
    expect(annotations).toContain(
      '::error file=tests/unit/fixtures/broken-archive/2023-01-03-rolled-date.md,line=3,col=1,title=date::month 13 does not exist — write the date as YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +0900 or YYYY-MM-DD HH:MM:SS Asia/Seoul',
    );
    expect(stderr).toContain('10 errors');
  }, 30_000);

  test('--format github prints warnings as ::warning', () => {
    const { status, stdout } = runCheck(JEKYLL_ARCHIVE, '--format=github');
    expect(status).toBe(0);
    expect(stdout).toContain(
      '::warning file=tests/unit/fixtures/jekyll-archive/notes.txt,line=1,col=1,title=file::is not a post (.txt)',
    );
    expect(stdout).not.toContain('::error');
  }, 30_000);
});

describe('the time budget per post', () => {
  // A tiny budget stands in for a post that would hang: the check must end it and name the file.
  test('a post over its budget is stopped, named as an error, and the check still ends', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'newsdao-budget-'));
    const cache = mkdtempSync(path.join(tmpdir(), 'newsdao-budget-cache-'));
    try {
      writeFileSync(
        path.join(folder, '2024-01-01-slow.md'),
        `---\ntitle: 느린 글\n---\n${'본문 '.repeat(20_000)}\n`,
      );
      const { status, stdout } = runCheckWith(
        { CHECK_POST_BUDGET_SECONDS: '0.001', NEXT_DIST_DIR: cache },
        folder,
      );
      expect(status).toBe(1);
      expect(stdout).toMatch(
        / {2}2024-01-01-slow\.md:1:1 {2}file {2}checking this post took more than its 0\.001 s budget, so it was stopped/,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
      rmSync(cache, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('NEWSDAO_SKIP_BROKEN_POSTS=1', () => {
  test('leaves out exactly the posts named in errors, prints them all, and stores the rest', () => {
    const cache = mkdtempSync(path.join(tmpdir(), 'newsdao-skip-broken-'));
    try {
      const { status, stdout } = runCheckWith(
        { NEWSDAO_SKIP_BROKEN_POSTS: '1', NEXT_DIST_DIR: cache },
        BROKEN_ARCHIVE,
      );
      expect(status).toBe(0);
      const lines = stdout.split('\n');
      expect(lines[0]).toBe('오류 errors (10)');
      const errorLines = lines.slice(1, 11);
      const named = new Set(errorLines.map((line) => line.trim().split(':')[0]));
      const listed = lines.slice(
        lines.findIndex((line) => line.startsWith('NEWSDAO_SKIP_BROKEN_POSTS=1:')) + 1,
      );
      const leftOut = listed.filter((line) => /^ {2}\S/.test(line)).map((line) => line.trim());
      expect(leftOut).toEqual([...named].sort());
      expect(leftOut).toHaveLength(10);
      expect(stdout).toContain('10 posts with errors left out of this build (named above), 2 articles built');
      const store = readFileSync(path.join(cache, 'cache', 'newsdao', 'store', 'archive.json'), 'utf8');
      const head = JSON.parse(store.split('\n')[0] ?? '{}') as { posts: { relativePath: string }[] };
      expect(head.posts.map((post) => post.relativePath)).toEqual([
        '2023-01-05-collide.md',
        '2023-01-09-fine.md',
      ]);
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  }, 30_000);

  test('is never the default: other values leave the check refusing the archive', () => {
    expect(runCheckWith({ NEWSDAO_SKIP_BROKEN_POSTS: 'true' }, BROKEN_ARCHIVE).status).toBe(1);
    expect(runCheckWith({ NEWSDAO_SKIP_BROKEN_POSTS: '' }, BROKEN_ARCHIVE).status).toBe(1);
  }, 30_000);
});
