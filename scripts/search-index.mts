/**
 * Builds the static search index (Pagefind) from the built HTML. A separate, timed step of `npm run
 * build`, so benchmarks can report it on its own.
 *
 *   tsx scripts/search-index.mts [--site <folder of built HTML>] [--output <index folder>]
 *
 * Defaults: after `next build`, the prerendered pages in `$NEXT_DIST_DIR/server/app` into
 * `public/<index folder>`; with STATIC_EXPORT=1, the export folder (`$STATIC_EXPORT_DIR`, else `out/`)
 * into `<export folder>/<index folder>`.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

import * as pagefind from 'pagefind';

import { getArticlesNotPrerendered } from '../lib/content';
import { articleSearchRecord } from '../lib/search/article-search-record';
import { searchIndexFolder } from '../lib/search/index-folder';

function defaultFolders(): { site: string; output: string } {
  const folder = searchIndexFolder();
  if (process.env.STATIC_EXPORT === '1') {
    const exported = process.env.STATIC_EXPORT_DIR || 'out';
    return { site: exported, output: path.join(exported, folder) };
  }
  return {
    site: path.join(process.env.NEXT_DIST_DIR || '.next', 'server', 'app'),
    output: path.join('public', folder),
  };
}

// An export copies all of public/, including index folders that other local builds left there.
async function removeOtherIndexes(exportFolder: string, keep: string): Promise<void> {
  for (const entry of await readdir(exportFolder)) {
    if (/^pagefind(-|$)/.test(entry) && entry !== keep)
      await rm(path.join(exportFolder, entry), { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { site: { type: 'string' }, output: { type: 'string' } } });
  const defaults = defaultFolders();
  const site = path.resolve(values.site ?? defaults.site);
  const output = path.resolve(values.output ?? defaults.output);
  const started = performance.now();

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`search index: Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: '**/*.html' });
  if (added.errors.length > 0)
    throw new Error(`search index: could not read ${site}: ${added.errors.join('; ')}`);
  // Large-archive mode: the articles without a built page are searchable too (the export builds them all).
  const later = values.site ? [] : await getArticlesNotPrerendered();
  for (const article of later) {
    const record = await index.addCustomRecord(articleSearchRecord(article));
    if (record.errors.length > 0)
      throw new Error(`search index: could not add ${article.sourcePath}: ${record.errors.join('; ')}`);
  }
  await rm(output, { recursive: true, force: true });
  if (process.env.STATIC_EXPORT === '1' && !values.output)
    await removeOtherIndexes(path.dirname(output), path.basename(output));
  const written = await index.writeFiles({ outputPath: output });
  if (written.errors.length > 0)
    throw new Error(`search index: could not write ${output}: ${written.errors.join('; ')}`);
  await pagefind.close();

  const seconds = (performance.now() - started) / 1000;
  console.log(
    `search index: ${added.page_count} pages from ${path.relative(process.cwd(), site) || '.'}${later.length ? ` and ${later.length} articles rendered on request` : ''} → ${path.relative(process.cwd(), output)} in ${seconds.toFixed(2)} s`,
  );
  if (added.page_count === 0) {
    console.error(
      'search index: no article pages found; is the site built? Run `next build` first or pass --site.',
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
