/**
 * Between the check and the rest of `npm run build`: turns `PRERENDER_LATEST` into what the later steps
 * build (config/prerender-setting.js), now that the check has counted the archive, and says which.
 */
import path from 'node:path';

import { buildPaths } from '../../config/build-paths';
import {
  LARGE_ARCHIVE_ARTICLES,
  prerenderLatestFor,
  prerenderSettingFrom,
} from '../../config/prerender-setting';
import { publishedCount } from '../../lib/content/content-store';

/** The resolved `PRERENDER_LATEST` for the later steps (a number or `all`) and a line saying why. */
export function resolvePrerenderMode(
  env: Record<string, string | undefined>,
  articleCount: number,
): { value: string; explanation: string } {
  const staticExport = env.STATIC_EXPORT === '1';
  const latest = prerenderLatestFor(env.PRERENDER_LATEST, staticExport, articleCount);
  const setting = prerenderSettingFrom(env.PRERENDER_LATEST);
  const count = articleCount.toLocaleString('en');
  if (latest === undefined) {
    const why = staticExport
      ? 'STATIC_EXPORT=1 writes every page'
      : setting.kind === 'all'
        ? 'PRERENDER_LATEST=all'
        : `at most ${LARGE_ARCHIVE_ARTICLES.toLocaleString('en')} articles`;
    return { value: 'all', explanation: `prerendering all ${count} articles (${why})` };
  }
  const why =
    setting.kind === 'latest'
      ? `PRERENDER_LATEST=${latest}`
      : `more than ${LARGE_ARCHIVE_ARTICLES.toLocaleString('en')} articles; PRERENDER_LATEST=all prerenders every one`;
  return {
    value: String(latest),
    explanation: `large-archive mode: prerendering the newest ${Math.min(latest, articleCount).toLocaleString('en')} of ${count} articles, the rest on first request (${why})`,
  };
}

/**
 * Reads the store the check just wrote (in `projectRoot`, with `env`'s build folder) and sets
 * `env.PRERENDER_LATEST` for the steps after it. `npm run build` and the bench both call this, so the
 * bench measures the mode a real build gets.
 */
export function applyPrerenderMode(
  env: Record<string, string | undefined>,
  projectRoot: string = process.cwd(),
): string {
  const count = publishedCount(path.resolve(projectRoot, buildPaths(env).storeDir));
  if (count === undefined)
    throw new Error('the check wrote no content store: run `npm run check` and read its errors.');
  const { value, explanation } = resolvePrerenderMode(env, count);
  env.PRERENDER_LATEST = value;
  return explanation;
}
