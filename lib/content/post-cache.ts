/**
 * The content cache: each post's checked and rendered result, stored as JSON under the build folder's
 * `cache/` (which `next build` keeps between builds and Vercel's build cache keeps between deploys),
 * keyed by a hash of the renderer version, the post's path and its text. A manifest lists the posts of
 * the last successful check with their light fields, so build workers and the server can load the
 * archive without reading or rendering a single post; rendered trees are read lazily, one post at a time.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PostResult } from './article-from-post';
import type { ContentProblem } from './problems';

/** Bumped when the cache's own layout changes; renderer changes are caught by the renderer version. */
const CACHE_FORMAT = 1;

const distDir = () => process.env.NEXT_DIST_DIR?.trim() || '.next';

/** The cache proper, under the build folder's `cache/`, which Next and Vercel's build cache keep. */
export function cacheDirectory(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), distDir(), 'cache', 'newsdao-content');
}

/**
 * The copy that ships with the server: file tracing never takes files from the build folder, so the
 * manifest (and, in large-archive mode, the entries) are also placed here, one folder per build folder.
 */
export function serverCacheDirectory(): string {
  const name = distDir().replace(/^\.+/, '').replace(/[^A-Za-z0-9_-]+/g, '-') || 'next';
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), '.newsdao-content', name);
}

/** Where this process reads the archive from: the build reads the cache, a server its shipped copy. */
export function readableCacheDirectory(): string {
  if (process.env.NEXT_PHASE !== 'phase-production-build') {
    const shipped = serverCacheDirectory();
    if (existsSync(path.join(shipped, 'manifest.json'))) return shipped;
  }
  return cacheDirectory();
}

/** Refreshes the server's copy: the manifest always, the entries only when `withEntries`. */
export function publishForServer(directory: string, keys: Set<string>, withEntries: boolean): void {
  // A build folder outside the project (a test's temporary one) is never deployed: nothing to ship.
  if (path.relative(process.cwd(), path.resolve(/*turbopackIgnore: true*/ distDir())).startsWith('..')) return;
  const target = serverCacheDirectory();
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.join(target, 'posts'), { recursive: true });
  copyFileSync(path.join(directory, 'manifest.json'), path.join(target, 'manifest.json'));
  if (!withEntries) return;
  for (const key of keys) {
    const from = cacheEntryFile(directory, key);
    const to = cacheEntryFile(target, key);
    try {
      linkSync(from, to);
    } catch {
      copyFileSync(from, to);
    }
  }
}

export function postKey(rendererVersion: string, relativePath: string, source: string, jekyllTimeZone = ''): string {
  // The zone decides what the post's dates mean, so a re-import with another `timezone` renders again.
  return createHash('sha256').update(`${CACHE_FORMAT}\0${rendererVersion}\0${relativePath}\0${jekyllTimeZone}\0${source}`).digest('hex').slice(0, 40);
}

// ---- JSON with dates, without source positions -------------------------------------------------

const DATE_TAG = '$date';
const LAZY_TAG = '$lazy';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rendered tree (hast root): the heavy part of an article, loaded only by the page that shows it. */
function isTree(value: unknown): boolean {
  return isRecord(value) && value.type === 'root' && Array.isArray(value.children);
}

/** Positions point into the markdown of one render; nothing reads them and they triple the file. */
function isPosition(key: string, value: unknown): boolean {
  return key === 'position' && isRecord(value) && isRecord(value.start);
}

/** Serialises any result generically, so fields added to Article later survive the cache unchanged. */
export function serialise(value: unknown, lazyKey?: string): string {
  return JSON.stringify(value, function (this: unknown, key, item: unknown) {
    if (isPosition(key, item)) return undefined;
    const original = isRecord(this) ? this[key] : undefined;
    if (original instanceof Date) return { [DATE_TAG]: original.toISOString() };
    if (lazyKey !== undefined && key !== '' && isTree(item)) return { [LAZY_TAG]: lazyKey };
    return item;
  });
}

export type TreeLoader = (key: string, field: string) => unknown;

/**
 * Turns the tree markers of a light record into getters that load the tree on first read. Serialising
 * the record again writes the markers back (through `toJSON`) instead of loading every tree.
 */
function withLazyTrees(record: Record<string, unknown>, loadTree: TreeLoader): void {
  const markers: Record<string, unknown> = {};
  for (const [field, item] of Object.entries(record)) {
    if (!isRecord(item) || typeof item[LAZY_TAG] !== 'string') continue;
    const key = item[LAZY_TAG];
    markers[field] = item;
    Object.defineProperty(record, field, { enumerable: true, configurable: true, get: () => loadTree(key, field) });
  }
  if (Object.keys(markers).length === 0) return;
  Object.defineProperty(record, 'toJSON', {
    enumerable: false,
    value: () => Object.fromEntries(Object.keys(record).map((field) => [field, field in markers ? markers[field] : record[field]])),
  });
}

/** Parses what `serialise` wrote; with `loadTree`, trees left out of a light record load on first use. */
export function revive(json: string, loadTree?: TreeLoader): unknown {
  return JSON.parse(json, function (_key, value: unknown) {
    if (!isRecord(value)) return value;
    if (typeof value[DATE_TAG] === 'string' && Object.keys(value).length === 1) return new Date(value[DATE_TAG]);
    if (loadTree) withLazyTrees(value, loadTree);
    return value;
  });
}

/** The same result with its trees left in the cache entry `key`, to be read back only when used. */
export function lighten(result: PostResult, key: string, loadTree: TreeLoader): PostResult {
  const light = revive(serialise(result, key), loadTree);
  if (!isPostResult(light)) throw new Error(`content cache: could not lighten the result for ${key}`);
  return light;
}

function isProblem(value: unknown): value is ContentProblem {
  return isRecord(value) && (value.severity === 'error' || value.severity === 'warning') && typeof value.file === 'string' && typeof value.message === 'string';
}

/**
 * The cache is our own output, and its key changes with the renderer's source (types included); this
 * checks the shape every reader relies on, so a damaged file is re-rendered instead of half-used.
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

// ---- per-post entries ---------------------------------------------------------------------------

export function cacheEntryFile(directory: string, key: string): string {
  return path.join(directory, 'posts', `${key}.json.gz`);
}

/** Writes via a temporary name, so a reader never sees half a file. */
function writeAtomically(file: string, text: string | Buffer): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export function writeCachedResult(directory: string, key: string, result: PostResult): void {
  // Compressed: rendered trees shrink about tenfold, which keeps a 50,000-post cache small enough to
  // ship with the server function that renders older articles on request.
  writeAtomically(cacheEntryFile(directory, key), gzipSync(serialise(result), { level: 6 }));
}

export function readCachedResult(directory: string, key: string): PostResult | undefined {
  let text: string;
  try {
    text = gunzipSync(readFileSync(cacheEntryFile(directory, key))).toString('utf8');
  } catch {
    return undefined;
  }
  try {
    const value = revive(text);
    return isPostResult(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Trees of the last few articles read, so a page's metadata, body and feeds share one read. */
const RECENT_LIMIT = 32;

/** Reads trees from their cache entries, keeping the last few articles' trees at hand. */
export function cachedTreeLoader(directory: string): TreeLoader {
  const recent = new Map<string, Record<string, unknown>>();
  return (key, field) => {
    let article = recent.get(key);
    if (!article) {
      const started = performance.now();
      const result = readCachedResult(directory, key);
      recordTiming('tree', performance.now() - started);
      if (!result?.article) throw new Error(`The content cache lost the post for key ${key} (${directory}): run \`npm run check\`, then build again.`);
      article = { ...result.article };
      recent.set(key, article);
      if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value ?? key);
    }
    return article[field];
  };
}

/** Drops entries no post points at any more, so the cache stays the size of the archive. */
export function removeUnusedEntries(directory: string, keys: Set<string>): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(path.join(directory, 'posts'));
  } catch {
    return 0;
  }
  for (const name of names) {
    if (keys.has(name.replace(/\.json\.gz$/, ''))) continue;
    rmSync(path.join(directory, 'posts', name), { force: true });
    removed += 1;
  }
  return removed;
}

// ---- the manifest: the whole archive, light ----------------------------------------------------

export type ManifestEntry = {
  relativePath: string;
  key: string;
  /** Size and modification time of the post when it was checked, to notice edits made since. */
  size: number;
  mtimeMs: number;
};

export type Manifest = {
  format: number;
  contentDirectory: string;
  entries: ManifestEntry[];
  /** Per entry, in order: the post's result with its rendered trees left out. */
  results: PostResult[];
};

function manifestFile(directory: string): string {
  return path.join(directory, 'manifest.json');
}

export function writeManifest(directory: string, contentDirectory: string, posts: { entry: ManifestEntry; result: PostResult }[]): void {
  const lines = [
    JSON.stringify({ format: CACHE_FORMAT, contentDirectory, entries: posts.map((post) => post.entry) }),
    ...posts.map((post) => serialise(post.result, post.entry.key)),
  ];
  writeAtomically(manifestFile(directory), lines.join('\n'));
}

function isEntry(value: unknown): value is ManifestEntry {
  return isRecord(value) && typeof value.relativePath === 'string' && typeof value.key === 'string' && typeof value.size === 'number' && typeof value.mtimeMs === 'number';
}

/** The manifest, with trees that load from their entry on first use; undefined when absent or damaged. */
export function readManifest(directory: string, loadTree: TreeLoader): Manifest | undefined {
  let lines: string[];
  try {
    lines = readFileSync(manifestFile(directory), 'utf8').split('\n');
  } catch {
    return undefined;
  }
  try {
    const head: unknown = JSON.parse(lines[0] ?? '');
    if (!isRecord(head) || head.format !== CACHE_FORMAT || typeof head.contentDirectory !== 'string') return undefined;
    const entries = Array.isArray(head.entries) ? head.entries : [];
    if (!entries.every(isEntry) || entries.length !== lines.length - 1) return undefined;
    const results: PostResult[] = [];
    for (const line of lines.slice(1)) {
      const result = revive(line, loadTree);
      if (!isPostResult(result)) return undefined;
      results.push(result);
    }
    return { format: CACHE_FORMAT, contentDirectory: head.contentDirectory, entries, results };
  } catch {
    return undefined;
  }
}

/** True when every post is still as it was when checked, and no post was added or removed. */
export function manifestMatchesFolder(manifest: Manifest, postPaths: string[], contentDirectory: string): boolean {
  if (manifest.contentDirectory !== contentDirectory || postPaths.length !== manifest.entries.length) return false;
  const known = new Set(postPaths);
  return manifest.entries.every((entry) => {
    if (!known.has(entry.relativePath)) return false;
    try {
      const stat = statSync(path.join(contentDirectory, entry.relativePath));
      return stat.size === entry.size && stat.mtimeMs === entry.mtimeMs;
    } catch {
      return false;
    }
  });
}

// ---- timings for the benchmark ------------------------------------------------------------------

/** When NEWSDAO_TIMINGS names a file, each process appends how long its content-layer work took. */
export function recordTiming(phase: string, milliseconds: number): void {
  const file = process.env.NEWSDAO_TIMINGS;
  if (!file) return;
  appendFileSync(file, `${JSON.stringify({ pid: process.pid, phase, ms: Math.round(milliseconds * 10) / 10 })}\n`);
}
