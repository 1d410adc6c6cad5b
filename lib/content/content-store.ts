/**
 * The content store: the finished archive, written once by `npm run check` under the build folder's
 * cache (`buildPaths().storeDir`, which Next keeps between builds and Vercel between deploys), and
 * read by everything after it: `next build`'s workers, the redirect map, feeds, sitemaps, the search
 * index and pages rendered on request.
 *
 * - `posts/<key>.json.gz`: one body entry per post, keyed by a hash of the renderer, the post's path and
 *   its text: the post's whole checked result, rendered trees included. A post whose key is already
 *   there is never rendered again.
 * - `archive.json`: one line of head (renderer, content fingerprint, the published articles newest first,
 *   warnings, site files), then one line per post: its result without the trees (summaries).
 *
 * This module also names the copy derived from it that ships with the server (`tracedStoreDir`), which
 * pages rendered on request read; the search index under `public/` is `lib/search/`'s.
 */
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

import { buildPaths } from '@/config/build-paths';
import { joinPath, resolvePath } from '@/lib/untraced-path';

import type { PostResult } from './article-from-post';
import type { ContentProblem } from './problems';
import { isRecord, revive, serialise, splitTrees } from './store/serialise';
import type { Article, ArticleRecord } from './types';

/** Bumped when the store's own layout changes; renderer changes are caught by the renderer version. */
const STORE_FORMAT = 2;

const resolved = (relative: string) => resolvePath(process.cwd(), relative);

/** The store proper, under the build folder's cache. */
export function storeDirectory(): string {
  return resolved(buildPaths().storeDir);
}

/** The copy that ships with the server (file tracing never takes files from the build folder). */
export function tracedStoreDirectory(): string {
  return resolved(buildPaths().tracedStoreDir);
}

export class StoreError extends Error {}

// ---- body entries -------------------------------------------------------------------------------

export function postKey(
  rendererVersion: string,
  relativePath: string,
  source: string,
  jekyllTimeZone = '',
): string {
  // The zone decides what the post's dates mean, so a re-import with another `timezone` renders again.
  return createHash('sha256')
    .update(`${STORE_FORMAT}\0${rendererVersion}\0${relativePath}\0${jekyllTimeZone}\0${source}`)
    .digest('hex')
    .slice(0, 40);
}

export function entryFile(directory: string, key: string): string {
  return joinPath(directory, 'posts', `${key}.json.gz`);
}

/** Writes via a temporary name, so a reader never sees half a file. */
function writeAtomically(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

function isProblem(value: unknown): value is ContentProblem {
  return (
    isRecord(value) &&
    (value.severity === 'error' || value.severity === 'warning') &&
    typeof value.file === 'string' &&
    typeof value.message === 'string'
  );
}

/**
 * The store is our own output and its keys change with the renderer's source (types included); this
 * checks the shape every reader relies on, so a damaged entry is rendered again instead of half-used.
 */
export function isPostResult(value: unknown): value is PostResult {
  if (!isRecord(value) || !Array.isArray(value.problems) || !value.problems.every(isProblem)) return false;
  const article = value.article;
  if (article === undefined) return true;
  return (
    isRecord(article) &&
    typeof article.slug === 'string' &&
    typeof article.title === 'string' &&
    article.date instanceof Date &&
    article.updated instanceof Date &&
    Array.isArray(article.categories) &&
    typeof article.sourcePath === 'string'
  );
}

/** Compressed: rendered trees shrink about tenfold, which keeps the traced copy of a large archive small. */
export function writeEntry(directory: string, key: string, result: PostResult): void {
  writeAtomically(entryFile(directory, key), gzipSync(serialise(result), { level: 6 }));
}

/** A post's stored result; undefined when there is none or it is damaged (then it is rendered again). */
export function readEntry(directory: string, key: string): PostResult | undefined {
  try {
    const value = revive(gunzipSync(readFileSync(entryFile(directory, key))).toString('utf8'));
    return isPostResult(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A result as the summaries hold it: the article without its rendered trees. It stays typed as a
 * PostResult because the check runs the archive checks (checkPosts) over it, and they read no tree.
 */
export function summaryOf(result: PostResult): PostResult {
  return result.article ? { ...result, article: splitTrees(result.article).summary as Article } : result;
}

/** Drops entries no post points at any more, so the store stays the size of the archive. */
export function removeUnusedEntries(directory: string, keys: Set<string>): number {
  let names: string[];
  try {
    names = readdirSync(joinPath(directory, 'posts'));
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    if (keys.has(name.replace(/\.json\.gz$/, ''))) continue;
    rmSync(joinPath(directory, 'posts', name), { force: true });
    removed += 1;
  }
  return removed;
}

// ---- the archive: summaries and what the check decided -------------------------------------------

export type StoredPost = { relativePath: string; key: string; result: PostResult };

export type StoreHead = {
  format: number;
  rendererVersion: string;
  contentDirectory: string;
  /** Hash of every file of the content folder the check read (contentFingerprint). */
  fingerprint: string;
  /** Keys of the published articles, newest first (the check held back what it had to). */
  published: string[];
  warnings: ContentProblem[];
  /** Site files (`_data/*.yml`, `_pages/`, the Jekyll settings…) by name, as their readers made them. */
  siteFiles: Record<string, unknown>;
};

export type Store = StoreHead & { posts: StoredPost[] };

function archiveFile(directory: string): string {
  return joinPath(directory, 'archive.json');
}

export function writeStore(directory: string, store: Omit<Store, 'format'>): void {
  const { posts, ...head } = store;
  const lines = [
    serialise({
      format: STORE_FORMAT,
      ...head,
      posts: posts.map(({ relativePath, key }) => ({ relativePath, key })),
    }),
    ...posts.map((post) => serialise(summaryOf(post.result))),
  ];
  writeAtomically(archiveFile(directory), lines.join('\n'));
}

function isHead(value: unknown): value is StoreHead & { posts: { relativePath: string; key: string }[] } {
  return (
    isRecord(value) &&
    value.format === STORE_FORMAT &&
    typeof value.rendererVersion === 'string' &&
    typeof value.contentDirectory === 'string' &&
    typeof value.fingerprint === 'string' &&
    Array.isArray(value.published) &&
    Array.isArray(value.warnings) &&
    isRecord(value.siteFiles) &&
    Array.isArray(value.posts) &&
    value.posts.every(
      (post) => isRecord(post) && typeof post.relativePath === 'string' && typeof post.key === 'string',
    )
  );
}

/** The store in `directory`; undefined when there is none, or it is damaged or of another format. */
export function readStore(directory: string): Store | undefined {
  let lines: string[];
  try {
    lines = readFileSync(archiveFile(directory), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  try {
    const head = revive(lines[0] ?? '');
    if (!isHead(head) || head.posts.length !== lines.length - 1) return undefined;
    const posts: StoredPost[] = [];
    for (const [index, line] of lines.slice(1).entries()) {
      const result = revive(line);
      const post = head.posts[index];
      if (!isPostResult(result) || !post) return undefined;
      posts.push({ ...post, result });
    }
    return { ...head, posts };
  } catch {
    return undefined;
  }
}

/** How many articles the store in `directory` publishes, from its head line alone; undefined without a store. */
export function publishedCount(directory: string): number | undefined {
  try {
    const text = readFileSync(archiveFile(directory), 'utf8');
    const end = text.indexOf('\n');
    const head = revive(end === -1 ? text : text.slice(0, end));
    return isHead(head) ? head.published.length : undefined;
  } catch {
    return undefined;
  }
}

/** The published articles' summaries, newest first, and the keys of their body entries. */
export function publishedSummaries(store: Store): { summaries: ArticleRecord[]; keys: Map<string, string> } {
  const byKey = new Map(store.posts.map((post) => [post.key, post.result.article]));
  const summaries = store.published.flatMap((key) => byKey.get(key) ?? []);
  return {
    summaries,
    keys: new Map(summaries.map((summary, index) => [summary.slug, store.published[index] ?? ''])),
  };
}

// ---- freshness ---------------------------------------------------------------------------------

/**
 * A hash of every file of the content folder (paths and text; hidden files such as `.jekyll.yml`
 * included, `.git` not): any edit, addition or removal of a post or site file changes it.
 */
export function contentFingerprint(contentDirectory: string): string {
  const hash = createHash('sha256');
  const entries = readdirSync(contentDirectory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(contentDirectory, joinPath(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter((file) => !file.split('/').includes('.git'))
    .sort();
  for (const file of entries)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(joinPath(contentDirectory, file)))
      .update('\0');
  return hash.digest('hex').slice(0, 40);
}

const RUN_THE_CHECK = 'Run `npm run check` (or `npm run build`, which runs it first), then build again.';

/**
 * Refuses, loudly, a store that does not describe the content folder being built: none at all, one made
 * from another folder or by another renderer, or one older than an edit. No worker renders the archive
 * itself instead.
 */
export function assertFresh(
  store: Store | undefined,
  contentDirectory: string,
  rendererVersion: string,
  where: string,
): Store {
  if (!store) throw new StoreError(`No content store in ${where}. ${RUN_THE_CHECK}`);
  if (store.contentDirectory !== contentDirectory)
    throw new StoreError(
      `The content store in ${where} was made from ${store.contentDirectory}, not ${contentDirectory}. ${RUN_THE_CHECK}`,
    );
  if (store.rendererVersion !== rendererVersion)
    throw new StoreError(
      `The content store in ${where} was made by another version of lib/content/. ${RUN_THE_CHECK}`,
    );
  if (existsSync(contentDirectory) && store.fingerprint !== contentFingerprint(contentDirectory))
    throw new StoreError(
      `The content folder ${contentDirectory} changed since the content store in ${where} was written. ${RUN_THE_CHECK}`,
    );
  return store;
}

// ---- the traced copy -----------------------------------------------------------------------------

/**
 * Refreshes the copy that ships with the server: the archive always, the body entries only when
 * `withEntries` (large-archive mode, where older articles render on request).
 */
export function publishTracedCopy(directory: string, keys: Iterable<string>, withEntries: boolean): void {
  // A build folder outside the project (a test's temporary one) is never deployed: nothing to ship.
  if (path.relative(process.cwd(), resolved(buildPaths().buildDir)).startsWith('..')) return;
  const target = tracedStoreDirectory();
  rmSync(target, { recursive: true, force: true });
  mkdirSync(joinPath(target, 'posts'), { recursive: true });
  copyFileSync(archiveFile(directory), archiveFile(target));
  if (!withEntries) return;
  for (const key of keys) {
    const from = entryFile(directory, key);
    const to = entryFile(target, key);
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

/**
 * Where this process reads the store: a build reads the store itself; a server too when it is there
 * (`next start` beside its build), else the traced copy (a deployed function, which has no build folder).
 */
export function readableStoreDirectory(): string {
  const store = storeDirectory();
  if (process.env.NEXT_PHASE === 'phase-production-build' || existsSync(archiveFile(store))) return store;
  const traced = tracedStoreDirectory();
  return existsSync(archiveFile(traced)) ? traced : store;
}
