/**
 * The check step's read-check-render pass through the content cache: posts whose text and renderer are
 * unchanged come back from the cache; the rest are rendered on every core and stored. After a clean
 * check it writes the manifest that `next build` workers and the server load the archive from.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import { checkPosts } from '../../lib/content/archive';
import { articleFromPost, type PostFile, type PostResult } from '../../lib/content/article-from-post';
import {
  cacheDirectory,
  cachedTreeLoader,
  cacheEntryFile,
  isPostResult,
  lighten,
  postKey,
  publishForServer,
  readCachedResult,
  readManifest,
  removeUnusedEntries,
  revive,
  writeManifest,
  type TreeLoader,
} from '../../lib/content/post-cache';
import type { ContentProblem } from '../../lib/content/problems';
import { rendererVersion } from '../../lib/content/renderer-version';
import type { Article } from '../../lib/content/types';
import { unfinishedPost } from '../../lib/content/unfinished-post';
import { postBudgetMs, runWithinBudget } from '../worker-pool/budgeted-pool';

type Job = { file: PostFile; key: string };

export type CachedCheck = {
  articles: Article[];
  problems: ContentProblem[];
  reused: number;
  rendered: number;
  cacheDirectory: string;
};

/** Below this many posts, starting threads costs more than it saves. */
const POSTS_PER_THREAD_MINIMUM = 200;
// A thread starts without tsx's loader, so it registers it before loading the TypeScript worker.
const WORKER_BOOTSTRAP = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'render-worker.ts'))});`;

/**
 * Renders on one thread per core (at least one: a post's time budget is enforced by ending its thread),
 * one post a message. Results are kept light (trees stay in the cache files), so checking 50,000 posts
 * fits in memory.
 */
async function renderInThreads(
  jobs: Job[],
  directory: string,
  results: Map<string, PostResult>,
  loadTree: TreeLoader,
): Promise<void> {
  const cores = Number(process.env.NEWSDAO_RENDER_THREADS) || availableParallelism();
  const budgetMs = postBudgetMs();
  await runWithinBudget(jobs, {
    workerSource: WORKER_BOOTSTRAP,
    workerData: directory,
    threads: Math.min(cores, Math.ceil(jobs.length / POSTS_PER_THREAD_MINIMUM)),
    budgetMs,
    message: (job) => [job],
    onReply: (job, serialised) => {
      const text: unknown = Array.isArray(serialised) ? serialised[0] : undefined;
      const result = typeof text === 'string' ? revive(text, loadTree) : undefined;
      if (!isPostResult(result))
        throw new Error(`render thread sent a damaged result for ${job.file.relativePath}`);
      results.set(job.file.relativePath, result);
    },
    onFailure: (job, failure) =>
      results.set(job.file.relativePath, unfinishedPost(job.file, failure, budgetMs)),
  });
}

export async function checkWithCache(
  files: PostFile[],
  contentDirectory: string,
  projectRoot = process.cwd(),
): Promise<CachedCheck> {
  const directory = cacheDirectory();
  const version = rendererVersion(projectRoot);
  const keys = new Map(
    files.map((file) => [
      file.relativePath,
      postKey(version, file.relativePath, file.source, file.jekyllTimeZone),
    ]),
  );
  const loadTree = cachedTreeLoader(directory);
  // The last manifest holds every unchanged post's light result: a warm check reads no cache entry at all.
  const previous = readManifest(directory, loadTree);
  const known = new Map(previous?.entries.map((entry, index) => [entry.key, previous.results[index]]) ?? []);
  const results = new Map<string, PostResult>();
  const misses: Job[] = [];
  for (const file of files) {
    const key = keys.get(file.relativePath) ?? '';
    const stored = known.get(key);
    const hit =
      stored && existsSync(cacheEntryFile(directory, key)) ? stored : readCachedResult(directory, key);
    if (hit) results.set(file.relativePath, stored === hit ? hit : lighten(hit, key, loadTree));
    else misses.push({ file, key });
  }
  await renderInThreads(misses, directory, results, loadTree);

  const { articles, problems } = checkPosts(
    files,
    (file) => results.get(file.relativePath) ?? articleFromPost(file),
  );
  if (!problems.some((problem) => problem.severity === 'error')) {
    const posts = files.map((file) => {
      const stat = statSync(path.join(contentDirectory, file.relativePath));
      const key = keys.get(file.relativePath) ?? '';
      return {
        entry: { relativePath: file.relativePath, key, size: stat.size, mtimeMs: stat.mtimeMs },
        result: results.get(file.relativePath) ?? { article: undefined, problems: [] },
      };
    });
    writeManifest(directory, contentDirectory, posts);
    removeUnusedEntries(directory, new Set(keys.values()));
    // Large-archive mode renders older articles on the server, which then needs their entries too.
    publishForServer(
      directory,
      new Set(posts.map((post) => post.entry.key)),
      Boolean(process.env.PRERENDER_LATEST?.trim()),
    );
  }
  return {
    articles,
    problems,
    reused: files.length - misses.length,
    rendered: misses.length,
    cacheDirectory: directory,
  };
}
