// @ts-check
const { readFileSync } = require('node:fs');
const path = require('node:path');

/**
 * The old-address map `npm run build` wrote before `next build` (scripts/write-legacy-redirects.ts),
 * as JSON text for `env`, so Next inlines it into proxy.ts: a lookup per request needs no file system,
 * on `next start` and on Vercel alike. Without a map (`next dev`), no old address redirects.
 * @param {string} distDir
 * @returns {string}
 */
function legacyRedirectMapJson(distDir) {
  return readMap(`${path.basename(distDir)}.json`);
}

/**
 * Old addresses shaped like an article's, which proxy.ts does not see (lib/legacy-urls/proxy-scope.ts),
 * as Next redirects: [request path, article path] pairs the build wrote, the request path escaped for
 * Next's route patterns. Usually none.
 * @param {string} distDir
 * @returns {{ source: string, destination: string, permanent: true }[]}
 */
function articleAddressRedirects(distDir) {
  /** @type {unknown} */
  const pairs = JSON.parse(readMap(`${path.basename(distDir)}.articles.json`, '[]'));
  if (!Array.isArray(pairs)) return [];
  return pairs
    .filter((pair) => Array.isArray(pair) && typeof pair[0] === 'string' && typeof pair[1] === 'string')
    .map(([requestPath, articlePath]) => ({
      source: requestPath.replace(/[:()*+?{}[\]\\!]/g, '\\$&'),
      destination: articlePath,
      permanent: true,
    }));
}

/**
 * @param {string} fileName
 * @param {string} [none] what to read when the build wrote no such file (`next dev`)
 */
function readMap(fileName, none = '{}') {
  try {
    return readFileSync(path.resolve('.next-legacy-redirects', fileName), 'utf8');
  } catch {
    return none;
  }
}

module.exports = { articleAddressRedirects, legacyRedirectMapJson };
