import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { contentDirectory, listPostFiles, readContentFolder, readPostFiles } from '@/lib/content/post-files';

let directory: string;

async function put(relativePath: string, text = '---\ntitle: x\n---\n') {
  const file = path.join(directory, relativePath);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, text, 'utf8');
}

beforeAll(async () => {
  directory = await mkdtemp(path.join(tmpdir(), 'newsdao-posts-'));
  await put('2024-01-02-b.md', '---\ntitle: 비\n---\n본문');
  await put('2024-01-01-a.markdown');
  await put('news/2024/2024-01-03-nested.MD');
  await put('README.md');
  await put('readme.markdown');
  await put('.hidden.md');
  await put('_drafts/2024-01-04-draft.md');
  await put('.git/notes.md');
  await put('notes.txt');
  await put('image.jpg');
  await put('2024-01-05-pasted.html', '---\ntitle: h\n---\n<p>본문</p>');
  await put('.DS_Store');
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('readPostFiles', () => {
  test('reads .md and .markdown files, nested folders included, with forward-slash relative paths in a stable order', async () => {
    const files = await readPostFiles(directory);
    expect(files.map((file) => file.relativePath)).toEqual([
      '2024-01-01-a.markdown',
      '2024-01-02-b.md',
      '2024-01-05-pasted.html',
      'news/2024/2024-01-03-nested.MD',
    ]);
  });

  test('skips README files, dotfiles, dot-folders and _-prefixed folders like _drafts', async () => {
    const paths = (await readPostFiles(directory)).map((file) => file.relativePath);
    expect(paths.some((file) => /readme|hidden|_drafts|\.git|notes|image/i.test(file))).toBe(false);
  });

  test('returns the file text as UTF-8', async () => {
    const files = await readPostFiles(directory);
    expect(files.find((file) => file.relativePath === '2024-01-02-b.md')?.source).toBe(
      '---\ntitle: 비\n---\n본문',
    );
  });
});

describe('listPostFiles', () => {
  test('gives the absolute paths of the same posts, without reading them', async () => {
    const paths = await listPostFiles(directory);
    expect(paths.map((file) => path.relative(directory, file).split(path.sep).join('/'))).toEqual(
      (await readPostFiles(directory)).map((file) => file.relativePath),
    );
  });
});

describe('readContentFolder', () => {
  test('reads the posts and names every other file with a warning, hidden files and READMEs aside', async () => {
    const { posts, skipped } = await readContentFolder(directory);
    expect(posts.map((file) => file.relativePath)).toEqual(
      (await readPostFiles(directory)).map((file) => file.relativePath),
    );
    expect(skipped.map((problem) => [problem.file, problem.severity, problem.field])).toEqual([
      ['_drafts/2024-01-04-draft.md', 'warning', 'file'],
      ['image.jpg', 'warning', 'file'],
      ['notes.txt', 'warning', 'file'],
    ]);
  });

  test('a picture is told where pictures go; a text file how to become a post', async () => {
    const { skipped } = await readContentFolder(directory);
    expect(skipped.find((problem) => problem.file === 'image.jpg')?.hint).toContain('public/assets/img/');
    expect(skipped.find((problem) => problem.file === 'notes.txt')?.message).toBe(
      'is not a post (.txt): only .md, .markdown, .html, .htm files are built',
    );
  });
});

describe('contentDirectory', () => {
  test('is CONTENT_DIR when set, else content/ in the working directory', () => {
    const saved = process.env.CONTENT_DIR;
    try {
      process.env.CONTENT_DIR = ' /srv/newsdao-posts ';
      expect(contentDirectory()).toBe(path.resolve('/srv/newsdao-posts'));
      delete process.env.CONTENT_DIR;
      expect(contentDirectory()).toBe(path.resolve(process.cwd(), 'content'));
    } finally {
      if (saved === undefined) delete process.env.CONTENT_DIR;
      else process.env.CONTENT_DIR = saved;
    }
  });
});
