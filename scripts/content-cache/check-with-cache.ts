/**
 * The check step's read-check-render pass through the content store: posts whose text and renderer are
 * unchanged come back from the store; the rest are rendered on every core and get a body entry. After a
 * clean check it writes the store's archive (summaries, what was published, site files), which
 * everything after the check reads.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';

import { checkPosts, newestFirst } from '../../lib/content/archive';
import { articleFromPost, type PostFile, type PostResult } from '../../lib/content/article-from-post';
import { withoutBrokenPosts } from '../../lib/content/broken-posts';
import {
  entryFile,
  isPostResult,
  postKey,
  readEntry,
  readStore,
  removeUnusedEntries,
  storeDirectory,
  summaryOf,
  writeStore,
} from '../../lib/content/content-store';
import type { ContentProblem } from '../../lib/content/problems';
import { rendererVersion } from '../../lib/content/renderer-version';
import type { Reporter } from '../../lib/content/site/authors';
import { revive } from '../../lib/content/store/serialise';
import type { Article } from '../../lib/content/types';
import { unfinishedPost } from '../../lib/content/unfinished-post';
import { postBudgetMs, runWithinBudget } from '../worker-pool/budgeted-pool';

type Job = { file: PostFile; key: string };

export type CachedCheck = {
  articles: Article[];
  problems: ContentProblem[];
  reused: number;
  rendered: number;
  storeDirectory: string;
  /** With `skipBrokenPosts`: the posts left out of the store, each named in `problems` as an error. */
  leftOut: string[];
};

/** Below this many posts, starting threads costs more than it saves. */
const POSTS_PER_THREAD_MINIMUM = 200;
// A thread starts without tsx's loader, so it registers it before loading the TypeScript worker.
const WORKER_BOOTSTRAP = `require('tsx/cjs'); require(${JSON.stringify(path.join(__dirname, 'render-worker.ts'))});`;

/**
 * Renders on one thread per core (at least one: a post's time budget is enforced by ending its thread),
 * one post a message. Results are kept as summaries (trees stay in the body entries), so checking 50,000
 * posts fits in memory.
 */
async function renderInThreads(
  jobs: Job[],
  directory: string,
  results: Map<string, PostResult>,
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
      const result = typeof text === 'string' ? revive(text) : undefined;
      if (!isPostResult(result))
        throw new Error(`render thread sent a damaged result for ${job.file.relativePath}`);
      results.set(job.file.relativePath, result);
    },
    onFailure: (job, failure) =>
      results.set(job.file.relativePath, unfinishedPost(job.file, failure, budgetMs)),
  });
}

export type StoreInputs = {
  /** The content folder's fingerprint, taken before its posts were read (contentFingerprint). */
  fingerprint: string;
  /** Site files by name (site-files.ts). */
  siteFiles: Record<string, unknown>;
  /** NEWSDAO_SKIP_BROKEN_POSTS=1: store the posts without errors and leave out those named in one. */
  skipBrokenPosts?: boolean;
  /** The reporters of `_data/authors.yml`: a post's `author` that names none of them gets a warning. */
  reporters?: Reporter[];
};

export async function checkWithCache(
  files: PostFile[],
  contentDirectory: string,
  inputs: StoreInputs,
  projectRoot = process.cwd(),
): Promise<CachedCheck> {
  const directory = storeDirectory();
  const version = rendererVersion(projectRoot);
  const keys = new Map(
    files.map((file) => [
      file.relativePath,
      postKey(version, file.relativePath, file.source, file.jekyllTimeZone),
    ]),
  );
  // The last store's summaries hold every unchanged post's result: a warm check reads no body entry.
  const previous = readStore(directory);
  const known = new Map(previous?.posts.map((post) => [post.key, post.result]) ?? []);
  const results = new Map<string, PostResult>();
  const misses: Job[] = [];
  for (const file of files) {
    const key = keys.get(file.relativePath) ?? '';
    const stored = existsSync(entryFile(directory, key)) ? known.get(key) : undefined;
    const hit = stored ?? readEntry(directory, key);
    if (hit) results.set(file.relativePath, stored ?? summaryOf(hit));
    else misses.push({ file, key });
  }
  await renderInThreads(misses, directory, results);

  const check = (posts: PostFile[]) =>
    checkPosts(posts, (file) => results.get(file.relativePath) ?? articleFromPost(file), {
      reporters: inputs.reporters,
    });
  const { kept, result, leftOut, leftOutErrors } = inputs.skipBrokenPosts
    ? withoutBrokenPosts(files, check)
    : { kept: files, result: check(files), leftOut: [], leftOutErrors: [] };
  const { articles } = result;
  const problems = [...leftOutErrors, ...result.problems];
  if (!result.problems.some((problem) => problem.severity === 'error')) {
    const keyOf = new Map(
      articles.map((article) => [article.sourcePath, keys.get(article.sourcePath) ?? '']),
    );
    writeStore(directory, {
      rendererVersion: version,
      contentDirectory,
      fingerprint: inputs.fingerprint,
      published: [...articles].sort(newestFirst).map((article) => keyOf.get(article.sourcePath) ?? ''),
      warnings: result.problems,
      siteFiles: inputs.siteFiles,
      posts: kept.map((file) => ({
        relativePath: file.relativePath,
        key: keys.get(file.relativePath) ?? '',
        result: results.get(file.relativePath) ?? { article: undefined, problems: [] },
      })),
    });
    removeUnusedEntries(directory, new Set(keys.values()));
  }
  return {
    articles,
    problems,
    reused: files.length - misses.length,
    rendered: misses.length,
    storeDirectory: directory,
    leftOut,
  };
}
