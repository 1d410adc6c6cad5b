/**
 * The folder, under the site root, that holds this build's search index: `pagefind` for the default
 * build. A build with its own NEXT_DIST_DIR (tests, benchmarks side by side) gets its own folder, so
 * two builds never overwrite each other's index in public/.
 */
export function searchIndexFolder(distDir = process.env.NEXT_DIST_DIR): string {
  const name = (distDir ?? '').replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '');
  return !name || name === 'next' ? 'pagefind' : `pagefind-${name}`;
}

/** Site path of the index's folder, for the search page's script to load `pagefind.js` from. */
export function searchIndexPath(distDir?: string): string {
  return `/${searchIndexFolder(distDir)}/`;
}
