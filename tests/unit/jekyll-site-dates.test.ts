import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { describe, expect, test } from 'vitest';

import { articleFromPost } from '@/lib/content/article-from-post';
import { jekyllDateZone } from '@/lib/content/jekyll-dates';
import { readPostFiles } from '@/lib/content/post-files';
import { importJekyllSite } from '@/lib/jekyll-import/import-site';

const LONDON = 'Europe/London';

function imported(relativePath: string, frontMatter: string[]) {
  const source = ['---', 'title: 제목', ...frontMatter, '---', '본문.'].join('\n');
  const result = articleFromPost({ relativePath, source, jekyllTimeZone: LONDON });
  if (!result.article) throw new Error(JSON.stringify(result.problems));
  return result.article;
}

describe('dates of a post imported from a Jekyll site on Europe/London', () => {
  test('a file-name date is midnight in London (summer time), shown as 08:00 in Seoul', () => {
    expect(imported('2024-06-12-10.md', []).date.toISOString()).toBe('2024-06-11T23:00:00.000Z');
  });

  test('in winter, London midnight is UTC midnight', () => {
    expect(imported('2024-01-12-10.md', []).date.toISOString()).toBe('2024-01-12T00:00:00.000Z');
  });

  test('a quoted or minute-only date without an offset is London time', () => {
    expect(imported('2024-06-12-a.md', ['date: "2024-06-12 23:30:00"']).date.toISOString()).toBe(
      '2024-06-12T22:30:00.000Z',
    );
    expect(imported('2024-06-12-b.md', ['date: 2024-06-12 23:30']).date.toISOString()).toBe(
      '2024-06-12T22:30:00.000Z',
    );
  });

  test("an unquoted YAML timestamp without an offset is UTC, as Jekyll's YAML reader takes it", () => {
    expect(imported('2024-06-12-c.md', ['date: 2024-06-12 23:30:00']).date.toISOString()).toBe(
      '2024-06-12T23:30:00.000Z',
    );
  });

  test('an offset is read as written', () => {
    expect(imported('2024-06-12-d.md', ['date: 2024-06-12 23:30:00 +0900']).date.toISOString()).toBe(
      '2024-06-12T14:30:00.000Z',
    );
  });

  test("a post's own permalink is filled in on London's clock", () => {
    expect(imported('2024-06-12-10.md', ['permalink: /:year/:month/:day/:title/']).legacyPaths).toEqual([
      '/2024/06/12/10/',
    ]);
  });

  test('a file name and date that disagree are compared on the site clock, and the message names it', () => {
    const source = ['---', 'title: 제목', 'date: "2024-06-12 23:30"', '---', '본문.'].join('\n');
    const result = articleFromPost({ relativePath: '2024-06-12-e.md', source, jekyllTimeZone: LONDON });
    expect(result.problems).toEqual([]);
    const late = articleFromPost({
      relativePath: '2024-06-11-e.md',
      source,
      jekyllTimeZone: LONDON,
    });
    expect(late.problems[0]?.message).toBe(
      'the file name says 2024-06-11 but the date is 2024-06-12 (Europe/London); the front-matter date is used',
    );
  });
});

describe('jekyllDateZone', () => {
  const zoneOf = (line: string) => jekyllDateZone(`\ntitle: x\n${line}\n`, 3, LONDON);

  test('only an unquoted timestamp with seconds and no zone is UTC', () => {
    expect(zoneOf('date: 2024-06-12 23:30:00')).toBe('UTC');
    expect(zoneOf('date: 2024-06-12T23:30:00.5  # 메모')).toBe('UTC');
    expect(zoneOf('date: "2024-06-12 23:30:00"')).toBe(LONDON);
    expect(zoneOf("date: '2024-06-12 23:30:00'")).toBe(LONDON);
    expect(zoneOf('date: 2024-06-12 23:30')).toBe(LONDON);
    expect(zoneOf('date: 2024-06-12')).toBe(LONDON);
    expect(zoneOf('date: 2024-06-12 23:30:00 Europe/London')).toBe(LONDON);
  });
});

describe("the site's own posts", () => {
  test('without a Jekyll zone, a date without an offset stays Seoul time', () => {
    const result = articleFromPost({
      relativePath: '2024-06-12-10.md',
      source: '---\ntitle: 제목\n---\n본문.',
    });
    expect(result.article?.date.toISOString()).toBe('2024-06-11T15:00:00.000Z');
  });
});

describe('importing the London fixture site', () => {
  test('the report maps each post to the address Jekyll gave it, and the content folder records the zone', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'newsdao-london-'));
    const contentDir = path.join(work, 'content');
    const report = await importJekyllSite({
      sitePath: path.resolve('e2e/fixtures/jekyll-site-london'),
      contentDir,
      publicDir: path.join(work, 'public'),
    });
    const post = report.posts.find((entry) => entry.file === '2024-06-12-10.md');
    expect(post?.oldPaths).toContain('/news/2024/06/12/10/');
    expect(post?.oldPaths).not.toContain('/news/2024/06/11/10/');
    expect(post?.attention).toEqual([]);
    expect(await readFile(path.join(contentDir, '.jekyll.yml'), 'utf8')).toContain('timezone: Europe/London');
    const files = await readPostFiles(contentDir);
    expect(files.every((file) => file.jekyllTimeZone === LONDON)).toBe(true);
    await rm(work, { recursive: true, force: true });
  });
});
