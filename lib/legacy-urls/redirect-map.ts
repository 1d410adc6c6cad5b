/**
 * Old address → article slug, built once at build time and looked up per request, so that a large
 * archive never prerenders a page per old address (the static export writes small redirect pages instead).
 */
import { legacyPathsOf, normaliseLegacyPath, type ArticleWithHistory } from './legacy-paths';
import type { JekyllSite } from './jekyll-permalink';

/** Legacy path (decoded, NFC) → slug. */
export type RedirectMap = Record<string, string>;

export type SkippedLegacyPath = { path: string; sourcePath: string; reason: string };

/**
 * `livePaths` are the site's own pages (decoded): an old address that is now a live page is left to the
 * page, and one claimed by two articles goes to the first, newest first.
 */
export function buildRedirectMap(
  articles: ArticleWithHistory[],
  site: JekyllSite,
  livePaths: Set<string>,
): { map: RedirectMap; skipped: SkippedLegacyPath[] } {
  const map: RedirectMap = {};
  const owner = new Map<string, string>();
  const skipped: SkippedLegacyPath[] = [];
  for (const article of articles) {
    for (const legacyPath of legacyPathsOf(article, site)) {
      if (livePaths.has(legacyPath)) {
        if (legacyPath !== `/articles/${article.slug}`) {
          skipped.push({ path: legacyPath, sourcePath: article.sourcePath, reason: 'is a page of the new site' });
        }
        continue;
      }
      const earlier = owner.get(legacyPath);
      if (earlier !== undefined) {
        if (earlier !== article.sourcePath) skipped.push({ path: legacyPath, sourcePath: article.sourcePath, reason: `already redirects to ${earlier}` });
        continue;
      }
      owner.set(legacyPath, article.sourcePath);
      map[legacyPath] = article.slug;
    }
  }
  return { map, skipped };
}

/** The slug an old address now lives at, for a request path as the browser sent it (percent-encoded). */
export function slugForLegacyPath(map: RedirectMap, requestPath: string): string | undefined {
  const key = normaliseLegacyPath(requestPath);
  return Object.hasOwn(map, key) ? map[key] : undefined;
}
