import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { checkPosts } from '@/lib/content/archive';
import { newArticleFile } from '@/lib/new-article/new-article-file';

const run = promisify(execFile);
let contentDir: string;
beforeEach(async () => {
  contentDir = await mkdtemp(path.join(tmpdir(), 'newsdao-new-'));
});
afterEach(() => rm(contentDir, { recursive: true, force: true }));

describe('npm run new', () => {
  it('names the file after the day in Seoul, even when it is still yesterday in UTC', () => {
    // 2024-03-01 23:30 UTC is 2024-03-02 08:30 in Seoul.
    const { fileName, text } = newArticleFile({
      title: '물가 동향: 3월',
      categories: ['경제'],
      now: new Date('2024-03-01T23:30:00Z'),
    });
    expect(fileName).toBe('2024-03-02-물가-동향-3월.md');
    expect(text).toContain('date: 2024-03-02 08:30:00 +0900');
    expect(text).toContain('title: "물가 동향: 3월"');
  });

  it('writes every front-matter field, filled in or as a comment', () => {
    const { text } = newArticleFile({ title: '제목', categories: [], now: new Date() });
    for (const field of [
      'title',
      'date',
      'categories',
      'tags',
      'excerpt',
      'image',
      'feature_text',
      'source',
      'updated',
      'redirect_from',
      'published',
    ]) {
      expect(text).toMatch(new RegExp(`^#? ?${field}:`, 'm'));
    }
  });

  it('writes a post the checker accepts as written, with no error and no warning', () => {
    const { fileName, text } = newArticleFile({
      title: '기사 "제목" #1: 시작',
      categories: ['경제', '지역 경제'],
      now: new Date(),
    });
    const { articles, problems } = checkPosts([{ relativePath: fileName, source: text }]);
    expect(problems).toEqual([]);
    expect(articles[0]?.title).toBe('기사 "제목" #1: 시작');
    expect(articles[0]?.categories.map((category) => category.name)).toEqual(['경제', '지역 경제']);
  });

  it('from the command line writes content/YYYY-MM-DD-<slug>.md and refuses to overwrite it', async () => {
    const env = { ...process.env, CONTENT_DIR: contentDir };
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(new Date());
    await run('npx', ['tsx', 'scripts/new-article.ts', '기사 제목', '--category', '경제'], { env });
    const expected = `${today}-기사-제목.md`;
    expect(await readdir(contentDir)).toEqual([expected]);
    expect(await readFile(path.join(contentDir, expected), 'utf8')).toContain('  - "경제"');
    await expect(run('npx', ['tsx', 'scripts/new-article.ts', '기사 제목'], { env })).rejects.toMatchObject({
      stderr: expect.stringContaining('already exists'),
    });
  }, 60_000);
});
