// @ts-check
const { readFileSync } = require('node:fs');

/**
 * The old-address map `npm run build` wrote before `next build` (scripts/write-legacy-redirects.ts),
 * as JSON text for `env`, so Next inlines it into proxy.ts: a lookup per request needs no file system,
 * on `next start` and on Vercel alike. Without a map (`next dev`), no old address redirects.
 * @param {string} file where the build wrote it (config/build-paths.js `redirectMapFile`)
 * @returns {string}
 */
function legacyRedirectMapJson(file) {
  return readMap(file);
}

/**
 * Old addresses shaped like an article's, which proxy.ts does not see (lib/legacy-urls/proxy-scope.ts),
 * as Next redirects: [request path, article path] pairs the build wrote, the request path escaped for
 * Next's route patterns. Usually none.
 * @param {string} file where the build wrote them (config/build-paths.js `articleRedirectsFile`)
 * @returns {{ source: string, destination: string, permanent: true }[]}
 */
function articleAddressRedirects(file) {
  /** @type {unknown} */
  const pairs = JSON.parse(readMap(file, '[]'));
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
 * @param {string} file
 * @param {string} [none] what to read when the build wrote no such file (`next dev`)
 */
function readMap(file, none = '{}') {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return none;
  }
}

module.exports = { articleAddressRedirects, legacyRedirectMapJson };
