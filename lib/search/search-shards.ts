/**
 * How the search index is cut into shards: one Pagefind index per month of publication (Seoul time),
 * which never changes for an article unless its date is edited. A publish then rebuilds the current
 * month's shard and the shard of each edited article; every other shard is kept from the build cache.
 * The browser loads the newest shard and merges the others into it (Pagefind's `mergeIndex`), so one
 * search covers every article.
 */
import { createHash } from 'node:crypto';

import { wallClock } from '@/lib/clock';

export { SHARD_LIST_FILE, type ShardList } from './shard-list';

/** The shard an article's record goes to: its month of publication in Seoul, `YYYY-MM`. */
export function shardOf(article: { date: Date }): string {
  const { year, month } = wallClock(article.date);
  return `${year}-${month}`;
}

/** Articles grouped by shard, newest shard first, each keeping the archive's order. */
export function groupByShard<A extends { date: Date }>(articles: A[]): Map<string, A[]> {
  const shards = new Map<string, A[]>();
  for (const article of articles) {
    const shard = shardOf(article);
    const list = shards.get(shard);
    if (list) list.push(article);
    else shards.set(shard, [article]);
  }
  return new Map([...shards.entries()].sort(([a], [b]) => b.localeCompare(a)));
}

/**
 * What a shard is built from: the content keys of its articles (each changes with the post's text and
 * the renderer) and the version of the indexing code. Equal fingerprints mean an equal shard.
 */
export function shardFingerprint(indexVersion: string, contentKeys: string[]): string {
  const hash = createHash('sha256').update(indexVersion);
  for (const key of [...contentKeys].sort()) hash.update('\0').update(key);
  return hash.digest('hex').slice(0, 32);
}
