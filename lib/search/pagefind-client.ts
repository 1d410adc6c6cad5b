import { searchHit, type SearchHit } from './search-result';

type Pagefind = { search: (query: string) => Promise<unknown> };

function isPagefind(value: unknown): value is Pagefind {
  return (
    typeof value === 'object' && value !== null && 'search' in value && typeof value.search === 'function'
  );
}

const loaded = new Map<string, Promise<Pagefind>>();

/** Loads Pagefind's own script from the index folder, once per page. */
function loadPagefind(indexPath: string): Promise<Pagefind> {
  let pending = loaded.get(indexPath);
  if (!pending) {
    // The index is written after the bundle is built, so the bundler must leave this import to the browser.
    pending = import(/* webpackIgnore: true */ /* turbopackIgnore: true */ `${indexPath}pagefind.js`).then(
      (module: unknown) => {
        if (!isPagefind(module)) throw new Error('pagefind.js does not offer search()');
        return module;
      },
    );
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
