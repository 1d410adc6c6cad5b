import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, expect, test } from 'vitest';

import { formatImportReport } from '@/lib/jekyll-import/import-report';
import { importJekyllSite } from '@/lib/jekyll-import/import-site';

let work: string;
const write = async (relative: string, text: string) => {
  await mkdir(path.dirname(path.join(work, 'site', relative)), { recursive: true });
  await writeFile(path.join(work, 'site', relative), text);
};

const AUTHORS =
  'Billy Rick:\n  name: "Billy Rick"\n  links:\n    - label: Email\n      url: "mailto:billy@rick.com"\n';

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsdao-import-pages-'));
  await write('_config.yml', 'title: 옛 블로그\n');
  await write(
    '_posts/2020-01-01-hello.md',
    '---\ntitle: 안녕\nfeature_text: 배너\nimage: /a.jpg\n---\n본문\n',
  );
  await write('about.md', '---\ntitle: 회사소개\npermalink: /about/\n---\n소개\n');
  await write('notes.md', '---\ntitle: 메모\n---\npermalink가 없는 파일은 페이지가 아닙니다.\n');
  await write('index.html', '---\nlayout: home\npermalink: /\n---\n');
  await write('_pages/search.md', '---\ntitle: 검색\npermalink: /search/\n---\n');
  await write('_pages/categories.md', '---\ntitle: 분류\npermalink: /categories/\n---\n');
  await write('_pages/privacy.md', '---\ntitle: 개인정보처리방침\npermalink: /privacy\n---\n방침\n');
  await write('_data/authors.yml', AUTHORS);
});
afterEach(() => rm(work, { recursive: true, force: true }));

test("importing brings pages with a permalink and a theme's _pages/, skips our routes, and brings authors.yml", async () => {
  const contentDir = path.join(work, 'content');
  const report = await importJekyllSite({
    sitePath: path.join(work, 'site'),
    contentDir,
    publicDir: path.join(work, 'public'),
  });
  expect(report.pages).toEqual([
    { file: '_pages/about.md', path: '/about' },
    { file: '_pages/privacy.md', path: '/privacy' },
  ]);
  expect(await readFile(path.join(contentDir, '_pages/about.md'), 'utf8')).toContain('permalink: /about/');
  const skippedPages = report.skipped.filter((note) => note.includes('page not imported'));
  expect(skippedPages).toHaveLength(3);
  expect(skippedPages.join('\n')).toMatch(/_pages\/search\.md.*search/);
  expect(skippedPages.join('\n')).toMatch(/_pages\/categories\.md.*categories/);
  expect(skippedPages.join('\n')).toMatch(/index\.html.*the home page/);
  expect(report.authorsCopied).toBe(true);
  expect(await readFile(path.join(contentDir, '_data/authors.yml'), 'utf8')).toBe(AUTHORS);
  const text = formatImportReport(report);
  expect(text).toContain('고정 페이지 pages into _pages/: 2');
  expect(text).toContain('/about  ← _pages/about.md');
  // The importer sets nothing: the imported post with a banner stays a feature, not breaking news.
  expect(await readFile(path.join(contentDir, '2020-01-01-hello.md'), 'utf8')).not.toContain('breaking');
});

test('pages and authors.yml that are symbolic links are named and left behind, never followed', async () => {
  const secret = path.join(work, 'secret.md');
  await writeFile(secret, '---\npermalink: /leak\n---\nPASSWORD=hunter2\n');
  await rm(path.join(work, 'site', '_data/authors.yml'));
  await symlink(secret, path.join(work, 'site', '_data/authors.yml'));
  await symlink(secret, path.join(work, 'site', '_pages/leak.md'));
  await symlink(secret, path.join(work, 'site', 'top-leak.md'));
  const contentDir = path.join(work, 'content');
  const report = await importJekyllSite({
    sitePath: path.join(work, 'site'),
    contentDir,
    publicDir: path.join(work, 'public'),
  });
  expect(report.authorsCopied).toBe(false);
  expect(report.pages.map((page) => page.file)).toEqual(['_pages/about.md', '_pages/privacy.md']);
  expect(await readdir(path.join(contentDir, '_pages'))).toEqual(['about.md', 'privacy.md']);
  expect(report.skipped).toEqual(
    expect.arrayContaining([
      expect.stringContaining('_data/authors.yml: not imported: _data/authors.yml is a symbolic link'),
      expect.stringContaining('_pages/leak.md: page not imported: _pages/leak.md is a symbolic link'),
      expect.stringContaining('top-leak.md: page not imported: top-leak.md is a symbolic link'),
    ]),
  );
  expect(formatImportReport(report)).not.toContain('hunter2');
});

test('a _pages folder that is a symbolic link is named and not read', async () => {
  const elsewhere = path.join(work, 'elsewhere');
  await mkdir(elsewhere);
  await writeFile(path.join(elsewhere, 'leak.md'), '---\npermalink: /leak\n---\n비밀\n');
  await rm(path.join(work, 'site', '_pages'), { recursive: true });
  await symlink(elsewhere, path.join(work, 'site', '_pages'));
  const report = await importJekyllSite({
    sitePath: path.join(work, 'site'),
    contentDir: path.join(work, 'content'),
    publicDir: path.join(work, 'public'),
  });
  expect(report.pages.map((page) => page.file)).toEqual(['_pages/about.md']);
  expect(report.skipped).toEqual(
    expect.arrayContaining([expect.stringContaining('_pages: pages not imported: a symbolic link')]),
  );
});
