// @ts-check

/**
 * Which article pages the build writes, from `PRERENDER_LATEST` and the archive's size.
 *
 * - `PRERENDER_LATEST=N`: the newest N articles (and the listing pages they reach) are written; every
 *   other page renders on its first request and is then kept (large-archive mode).
 * - `PRERENDER_LATEST=all`: every page is written, whatever the archive's size.
 * - unset: every page up to LARGE_ARCHIVE_ARTICLES articles; above that, large-archive mode with the
 *   newest LARGE_ARCHIVE_PRERENDER (docs/performance.md has the figures behind both numbers).
 * - `STATIC_EXPORT=1` always writes every page: a plain file host cannot render on request.
 *
 * `npm run build` decides once, after the check has counted the archive, and hands the later steps a
 * resolved `PRERENDER_LATEST` (a number or `all`); next.config.js, the store step and the pages read that.
 */

/** Above this many published articles, the defaults prerender only the newest ones. */
const LARGE_ARCHIVE_ARTICLES = 2000;
/** How many of the newest articles the defaults prerender in a large archive. */
const LARGE_ARCHIVE_PRERENDER = 1000;

/**
 * The setting as written: `auto` when unset or blank.
 * @param {string | undefined} raw
 * @returns {{ kind: 'auto' } | { kind: 'all' } | { kind: 'latest', count: number }}
 */
function prerenderSettingFrom(raw) {
  const value = (raw ?? '').trim();
  if (value === '') return { kind: 'auto' };
  if (value.toLowerCase() === 'all') return { kind: 'all' };
  if (!/^\d+$/.test(value)) {
    throw new Error(
      `PRERENDER_LATEST="${value}" is not a whole number: set it to how many of the newest articles to prerender, to "all" to prerender every article, or unset it for the default (every article up to ${LARGE_ARCHIVE_ARTICLES}, the newest ${LARGE_ARCHIVE_PRERENDER} above).`,
    );
  }
  return { kind: 'latest', count: Number(value) };
}

/**
 * How many of the newest articles to prerender; undefined means all of them.
 * @param {string | undefined} raw `PRERENDER_LATEST`
 * @param {boolean} staticExport `STATIC_EXPORT=1`
 * @param {number} articleCount published articles in the archive
 * @returns {number | undefined}
 */
function prerenderLatestFor(raw, staticExport, articleCount) {
  const setting = prerenderSettingFrom(raw);
  if (staticExport || setting.kind === 'all') return undefined;
  if (setting.kind === 'latest') return setting.count;
  return articleCount > LARGE_ARCHIVE_ARTICLES ? LARGE_ARCHIVE_PRERENDER : undefined;
}

/**
 * Whether a resolved setting (as `npm run build` hands it on) renders some articles on request.
 * @param {Record<string, string | undefined>} env
 */
function rendersOnRequest(env) {
  if (env.STATIC_EXPORT === '1') return false;
  return prerenderSettingFrom(env.PRERENDER_LATEST).kind === 'latest';
}

module.exports = {
  LARGE_ARCHIVE_ARTICLES,
  LARGE_ARCHIVE_PRERENDER,
  prerenderSettingFrom,
  prerenderLatestFor,
  rendersOnRequest,
};
