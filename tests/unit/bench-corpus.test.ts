import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { load } from 'js-yaml';
import { afterEach, describe, expect, it } from 'vitest';

import { articleFromPost } from '@/lib/content/article-from-post';
import { applyPublishChanges } from '@/scripts/bench/publish';
import { AUTHORS, syntheticPost, TAGS, writeSyntheticPosts } from '@/scripts/bench/synthetic-posts';

const folders: string[] = [];
const scratch = () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'bench-corpus-'));
  folders.push(folder);
  return folder;
};
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describe('the synthetic corpus', () => {
  it('gives every post tags and a reporter the site accepts without a problem', () => {
    for (const index of [0, 3, 5, 42, 999]) {
      const post = syntheticPost(index);
      const { article, problems } = articleFromPost({ relativePath: post.fileName, source: post.source });
      expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
      expect(article?.tags.length).toBeGreaterThanOrEqual(1);
      for (const tag of article?.tags ?? []) expect(TAGS).toContain(tag);
      const author = /^author: (.+)$/m.exec(post.source)?.[1];
      expect(AUTHORS.map((entry) => entry.key)).toContain(author);
    }
  });

  it('is the same for the same index, and the body did not change when tags and reporters were added', () => {
    expect(syntheticPost(7)).toEqual(syntheticPost(7));
    // Post 1's title as it was before tags existed (bench figures stay comparable).
    expect(syntheticPost(1).source).toContain('title: 부산시, 반도체 공급망 지원 강화 1호');
  });

  it('writes _data/authors.yml naming every reporter the posts use', async () => {
    const folder = scratch();
    await writeSyntheticPosts(folder, 30);
    const authors = load(readFileSync(path.join(folder, '_data', 'authors.yml'), 'utf8')) as Record<
      string,
      { name: string }
    >;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.md'))) {
      const key = /^author: (.+)$/m.exec(readFileSync(path.join(folder, name), 'utf8'))?.[1] ?? '';
      expect(authors[key]?.name).toBeTruthy();
    }
  });
});

describe('the publish scenario’s changes', () => {
  it('adds a newest article and edits the oldest one, both still valid posts', async () => {
    const folder = scratch();
    await writeSyntheticPosts(folder, 20);
    const before = readdirSync(folder)
      .filter((file) => file.endsWith('.md'))
      .sort();
    const changes = applyPublishChanges(folder, 20);
    const after = readdirSync(folder)
      .filter((file) => file.endsWith('.md'))
      .sort();
    expect(after).toHaveLength(21);
    const added = after.find((file) => !before.includes(file)) ?? '';
    const addedPost = articleFromPost({
      relativePath: added,
      source: readFileSync(path.join(folder, added), 'utf8'),
    });
    expect(addedPost.article?.title).toBe(changes.newTitle);
    expect(changes.newPath).toBe(`/articles/${addedPost.article?.slug}`);
    const newestBefore = before.at(-1) ?? '';
    expect(added.slice(0, 10) >= newestBefore.slice(0, 10)).toBe(true);

    const oldest = before[0] ?? '';
    const edited = articleFromPost({
      relativePath: oldest,
      source: readFileSync(path.join(folder, oldest), 'utf8'),
    });
    expect(edited.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(changes.editedPath).toBe(`/articles/${edited.article?.slug}`);
    expect(JSON.stringify(edited.article)).toContain(changes.editedText);
  });
});
