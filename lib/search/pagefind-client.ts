import { searchHit, type SearchHit } from './search-result';
import { isShardList, SHARD_LIST_FILE } from './shard-list';

type Pagefind = {
  search: (query: string) => Promise<unknown>;
  mergeIndex: (indexPath: string) => Promise<unknown>;
};

function isPagefind(value: unknown): value is Pagefind {
  return (
    typeof value === 'object' &&
    value !== null &&
    'search' in value &&
    typeof value.search === 'function' &&
    'mergeIndex' in value &&
    typeof value.mergeIndex === 'function'
  );
}

const loaded = new Map<string, Promise<Pagefind>>();

/**
 * Loads the index, once per page: the list of shards (search-shards.ts), Pagefind's own script from the
 * newest shard, and every other shard merged into it, so one search covers the whole archive.
 */
async function loadShards(indexPath: string): Promise<Pagefind> {
  const response = await fetch(`${indexPath}${SHARD_LIST_FILE}`);
  const list: unknown = response.ok ? await response.json() : undefined;
  if (!isShardList(list) || list.shards.length === 0) throw new Error('the search index lists no shards');
  const [first = '', ...others] = list.shards;
  // The index is written after the bundle is built, so the bundler must leave this import to the browser.
  const script: unknown = await import(
    /* webpackIgnore: true */ /* turbopackIgnore: true */ `${indexPath}${first}/pagefind.js`
  );
  if (!isPagefind(script)) throw new Error('pagefind.js does not offer search() and mergeIndex()');
  await Promise.all(others.map((shard) => script.mergeIndex(`${indexPath}${shard}/`)));
  return script;
}

function loadPagefind(indexPath: string): Promise<Pagefind> {
  let pending = loaded.get(indexPath);
  if (!pending) {
    pending = loadShards(indexPath);
    pending.catch(() => loaded.delete(indexPath));
    loaded.set(indexPath, pending);
  }
  return pending;
}

function resultsOf(response: unknown): { data: () => Promise<unknown> }[] {
  if (
    typeof response !== 'object' ||
    response === null ||
    !('results' in response) ||
    !Array.isArray(response.results)
  )
    return [];
  return response.results.filter(
    (result: unknown): result is { data: () => Promise<unknown> } =>
      typeof result === 'object' && result !== null && 'data' in result && typeof result.data === 'function',
  );
}

/** Searches the static index in the browser: no server is involved, only files. */
export async function searchArticles(
  indexPath: string,
  query: string,
  limit = 20,
): Promise<{ total: number; hits: SearchHit[] }> {
  const pagefind = await loadPagefind(indexPath);
  const results = resultsOf(await pagefind.search(query));
  const data = await Promise.all(results.slice(0, limit).map((result) => result.data()));
  return { total: results.length, hits: data.flatMap((entry) => searchHit(entry) ?? []) };
}
