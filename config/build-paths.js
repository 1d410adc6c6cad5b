// @ts-check
const path = require('node:path');

/**
 * Every folder and file a build reads or writes, named in one place. `next.config.js` (CommonJS),
 * `lib/` and `scripts/` all ask this module, so no by-product is named by a rule of its own.
 *
 * - `<build>/cache/newsdao/` (`<build>` is `NEXT_DIST_DIR`, else `.next`) holds what the build makes
 *   and keeps: the content store, the redirect maps and the search index shards. Next keeps
 *   `<build>/cache` between builds and Vercel restores it between deploys.
 * - Two copies are derived from it, because they must sit elsewhere: the traced copy of the store
 *   that pages rendered on request read (file tracing never takes files from the build folder), and
 *   the search index the browser loads (served from `public/`, or the export folder).
 *
 * Paths are relative to the project, as `next.config.js` and tracing want them; resolve them against
 * the working directory to read or write.
 */

/**
 * `path.join`, hidden from Turbopack's tracer. It reads every `path.join` it can partly evaluate as a file
 * pattern and ships what matches with the server code: the paths below matched the traced store's 10,000
 * bodies and the search index's 10,000 files (public/pagefind), and every server route carried all of
 * them. What a route reads on request is named in next.config.js (outputFileTracingIncludes) instead.
 * @param {string[]} parts
 */
const join = (...parts) => path.join(/* turbopackIgnore: true */ ...parts);

/** @param {string | undefined} value */
const setting = (value) => value?.trim() || undefined;

/**
 * A name for a build folder that is safe as a file and URL segment: `.next` → `next`,
 * `.next-e2e-4200` → `next-e2e-4200`, `/tmp/bench/.next` → `tmp-bench-next`.
 * @param {string} buildDir
 */
function buildName(buildDir) {
  return buildDir.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^-+|-+$/g, '') || 'next';
}

/**
 * @param {Record<string, string | undefined>} [env]
 */
function buildPaths(env = process.env) {
  const staticExport = env.STATIC_EXPORT === '1';
  /** Where `next build` keeps its own files and cache (also during a static export). */
  const buildDir = setting(env.NEXT_DIST_DIR) ?? '.next';
  /** Where a static export writes the site. */
  const exportDir = setting(env.STATIC_EXPORT_DIR) ?? 'out';
  const name = buildName(buildDir);
  const cacheDir = join(buildDir, 'cache', 'newsdao');
  const storeDir = join(cacheDir, 'store');
  const searchIndexUrl = `/pagefind/${name}/`;
  return {
    staticExport,
    buildDir,
    exportDir,
    /** Next's `distDir`: an export writes its files there. */
    distDir: staticExport ? exportDir : buildDir,
    /** The build's name in the derived copies, so builds side by side never share one. */
    name,
    /** Everything this project's build keeps between builds. */
    cacheDir,
    /** The content store the check writes (lib/content/content-store.ts owns it). */
    storeDir,
    /** The store's copy that ships with the server, for pages rendered on request. */
    tracedStoreDir: join('.newsdao-traced', name, 'store'),
    /** Old address → slug, written before `next build`, inlined into proxy.ts by next.config.js. */
    redirectMapFile: join(cacheDir, 'redirects.json'),
    /** The old addresses shaped like an article's, which next.config.js turns into redirects. */
    articleRedirectsFile: join(cacheDir, 'article-redirects.json'),
    /** The search index's shards and what each was built from, kept between builds. */
    searchCacheDir: join(cacheDir, 'search'),
    /** Where the browser's copy of the search index goes. */
    searchIndexDir: join(staticExport ? exportDir : 'public', 'pagefind', name),
    /** Every build's search index folder lives under this one (for tidying an export). */
    searchIndexRoot: join(staticExport ? exportDir : 'public', 'pagefind'),
    /** The site path the search page loads the index from. */
    searchIndexUrl,
  };
}

module.exports = { buildName, buildPaths };
