/** The two real archives under tests/unit/fixtures/, checked the way `npm run check` checks a folder. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

import { checkPosts } from '@/lib/content/archive';
import { readContentFolder } from '@/lib/content/post-files';
import type { ContentProblem } from '@/lib/content/problems';
import type { Article } from '@/lib/content/types';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const JEKYLL_ARCHIVE = path.join(FIXTURES, 'jekyll-archive');
export const BROKEN_ARCHIVE = path.join(FIXTURES, 'broken-archive');

/** A fixed "now" so that the archive's one future post stays in the future and the rest in the past. */
export const NOW = new Date('2026-01-01T00:00:00Z');

export type CheckedFolder = { files: string[]; articles: Article[]; problems: ContentProblem[] };

export async function checkFolder(directory: string, buildFuture = false): Promise<CheckedFolder> {
  const { posts, skipped } = await readContentFolder(directory);
  const { articles, problems } = checkPosts(posts, undefined, { now: NOW, buildFuture });
  return {
    files: [...posts.map((post) => post.relativePath), ...skipped.map((problem) => problem.file)],
    articles,
    problems: [...problems, ...skipped],
  };
}

export function articleFrom(folder: CheckedFolder, sourcePath: string): Article {
  const article = folder.articles.find(
    (candidate) => candidate.sourcePath.normalize('NFC') === sourcePath.normalize('NFC'),
  );
  if (!article)
    throw new Error(`no article from ${sourcePath}; problems: ${JSON.stringify(folder.problems, null, 2)}`);
  return article;
}

export function problemsOf(folder: CheckedFolder, file: string): ContentProblem[] {
  return folder.problems.filter((problem) => problem.file.normalize('NFC') === file.normalize('NFC'));
}
