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
  try {
    return readFileSync(path.resolve('.next-legacy-redirects', `${path.basename(distDir)}.json`), 'utf8');
  } catch {
    return '{}';
  }
}

module.exports = { legacyRedirectMapJson };
