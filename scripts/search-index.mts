/**
 * The build's search-index step: a Pagefind index of every published article, built from the content
 * store (not from built HTML, so it covers articles rendered on request too), cut into one shard per
 * month of publication (lib/search/search-shards.ts). A shard whose articles did not change since the
 * last build is taken from the build cache (`buildPaths().searchCacheDir`); only the others are indexed,
 * one at a time, so memory stays bounded by one shard. The shards are then linked into the folder the
 * browser loads (`buildPaths().searchIndexDir`: `public/pagefind/<build>/`, or the export's), with the
 * list of shards the search page merges.
 *
 *   tsx scripts/search-index.mts
 */
import { createHash } from 'node:crypto';
import { copyFile, link, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import * as pagefind from 'pagefind';

import { buildPaths } from '../config/build-paths';
import { getArticles, getContentKey, getFullArticles } from '../lib/content';
import { rendererVersion } from '../lib/content/renderer-version';
import { timed } from '../lib/instrumentation/bench-timings';
import { articleSearchRecord } from '../lib/search/article-search-record';
import { groupByShard, SHARD_LIST_FILE, shardFingerprint } from '../lib/search/search-shards';

/** What the last build indexed: each shard's fingerprint. */
type ShardsBuilt = Record<string, string>;

const BUILT_FILE = 'shards-built.json';

/** The code a record depends on besides the post: Pagefind, the record and meta code, routes and dates. */
async function indexVersion(): Promise<string> {
  const hash = createHash('sha256').update(rendererVersion(process.cwd()));
  const manifest: unknown = JSON.parse(await readFile('node_modules/pagefind/package.json', 'utf8'));
  hash.update(
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? String(manifest.version)
      : '?',
  );
  const sources = ['lib/search', 'lib/routes.ts', 'lib/clock.ts'];
  for (const source of sources) {
    const files = source.endsWith('.ts')
      ? [source]
      : (await readdir(source).catch(() => []))
          .filter((name) => name.endsWith('.ts'))
          .sort()
          .map((name) => path.join(source, name));
    for (const file of files) hash.update(file).update(await readFile(file).catch(() => Buffer.alloc(0)));
  }
  return hash.digest('hex').slice(0, 16);
}

async function readBuilt(file: string): Promise<ShardsBuilt> {
  try {
    const value: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
    return Object.fromEntries(
      Object.entries(value).filter((pair): pair is [string, string] => typeof pair[1] === 'string'),
    );
  } catch {
    return {};
  }
}

async function indexShard(articles: Awaited<ReturnType<typeof getArticles>>, output: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  for (const article of await getFullArticles(articles)) {
    const record = await index.addCustomRecord(articleSearchRecord(article));
    if (record.errors.length > 0)
      throw new Error(`search index: could not add ${article.sourcePath}: ${record.errors.join('; ')}`);
  }
  await rm(output, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0)
    throw new Error(`search index: could not write ${output}: ${written.errors.join('; ')}`);
  // Frees the shard in Pagefind's process before the next one is indexed.
  await index.deleteIndex();
}

/** Hard links (no extra space) from the cache into the served folder; a copy where links cannot go. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) await linkTree(source, target);
    else await link(source, target).catch(() => copyFile(source, target));
  }
}

async function main(): Promise<number> {
  const paths = buildPaths();
  const started = performance.now();
  const articles = await getArticles();
  if (articles.length === 0) {
    console.error('search index: the archive has no published article to index.');
    return 1;
  }
  const version = await indexVersion();
  const cache = path.resolve(paths.searchCacheDir);
  const builtFile = path.join(cache, BUILT_FILE);
  const before = await readBuilt(builtFile);
  const after: ShardsBuilt = {};
  const shards = groupByShard(articles);
  let rebuilt = 0;
  for (const [shard, members] of shards) {
    const fingerprint = shardFingerprint(
      version,
      members.map((article) => getContentKey(article.slug) ?? article.slug),
    );
    const folder = path.join(cache, 'shards', shard);
    const kept =
      before[shard] === fingerprint &&
      (await readdir(folder).then(
        (names) => names.includes('pagefind.js'),
        () => false,
      ));
    if (!kept) {
      await timed('search-shard', () => indexShard(members, folder));
      rebuilt += 1;
    }
    after[shard] = fingerprint;
  }
  await pagefind.close();
  // Shards whose month no longer has an article go, so the cache stays the size of the archive.
  for (const shard of Object.keys(before))
    if (!(shard in after)) await rm(path.join(cache, 'shards', shard), { recursive: true, force: true });
  await mkdir(cache, { recursive: true });
  await writeFile(builtFile, JSON.stringify(after));

  const output = path.resolve(paths.searchIndexDir);
  // An export copies all of public/, with index folders other local builds left there: only this one stays.
  if (paths.staticExport) await rm(path.resolve(paths.searchIndexRoot), { recursive: true, force: true });
  await rm(output, { recursive: true, force: true });
  for (const shard of shards.keys())
    await linkTree(path.join(cache, 'shards', shard), path.join(output, shard));
  await writeFile(path.join(output, SHARD_LIST_FILE), JSON.stringify({ shards: [...shards.keys()] }));

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `search index: ${articles.length} articles in ${shards.size} shards (${rebuilt} rebuilt, ${shards.size - rebuilt} kept) → ${path.relative(process.cwd(), output)} in ${seconds.toFixed(2)} s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
