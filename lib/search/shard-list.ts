/**
 * The list of shards in an index folder (search-shards.ts), newest first: what the browser reads before
 * it loads Pagefind. Kept apart, with no Node imports, because the search page's script uses it.
 */
export const SHARD_LIST_FILE = 'shards.json';

export type ShardList = { shards: string[] };

export function isShardList(value: unknown): value is ShardList {
  return (
    typeof value === 'object' &&
    value !== null &&
    'shards' in value &&
    Array.isArray(value.shards) &&
    value.shards.every((shard) => typeof shard === 'string' && /^\d{4}-\d{2}$/.test(shard))
  );
}
