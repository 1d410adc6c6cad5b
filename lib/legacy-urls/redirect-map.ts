/**
 * Old address → article slug, built once at build time and looked up per request, so that a large
 * archive never prerenders a page per old address (the static export writes small redirect pages instead).
 */
import {
  articleLegacyPaths,
  barePath,
  lookupForms,
  normaliseLegacyPath,
  type ArticleWithHistory,
} from './article-legacy-paths';
import type { JekyllSite } from './jekyll-permalink';
import { siteAddressRedirects, siteAddressTarget, type SiteAddressRedirects } from './site-address-redirects';

/**
 * Legacy path (decoded, NFC) → index of its article's slug; slugs are listed once, to keep the map small.
 * `site`: the old site's own addresses (feeds, listing pages, search) → the path here they lead to.
 */
export type RedirectMap = { slugs: string[]; paths: Record<string, number>; site?: SiteAddressRedirects };

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
  const map: RedirectMap = { slugs: [], paths: {} };
  const owner = new Map<string, string>();
  const skipped: SkippedLegacyPath[] = [];
  for (const article of articles) {
    const index = map.slugs.push(article.slug) - 1;
    for (const legacyPath of articleLegacyPaths(article, site)) {
      // An old address answered as a live page (`a`, `a.html` or `a/`) stays the page's.
      if (livePaths.has(legacyPath) || livePaths.has(barePath(legacyPath))) {
        if (barePath(legacyPath) !== `/articles/${article.slug}`) {
          skipped.push({
            path: legacyPath,
            sourcePath: article.sourcePath,
            reason: 'is a page of the new site',
          });
        }
        continue;
      }
      const earlier = owner.get(legacyPath);
      if (earlier !== undefined) {
        if (earlier !== article.sourcePath)
          skipped.push({
            path: legacyPath,
            sourcePath: article.sourcePath,
            reason: `already redirects to ${earlier}`,
          });
        continue;
      }
      owner.set(legacyPath, article.sourcePath);
      map.paths[legacyPath] = index;
    }
  }
  const siteAddresses = siteAddressRedirects(site, articles.length, livePaths);
  if (Object.keys(siteAddresses).length > 0) map.site = siteAddresses;
  return { map, skipped };
}

/** The slug an old address now lives at, for a request path as the browser sent it (percent-encoded). */
export function slugForLegacyPath(map: RedirectMap, requestPath: string): string | undefined {
  for (const key of lookupForms(normaliseLegacyPath(requestPath))) {
    if (Object.hasOwn(map.paths, key)) return map.slugs[map.paths[key] ?? -1];
  }
  return undefined;
}

/** The map as JSON gave it back, or an empty one: the file is ours, but a bad one must not break every request. */
export function redirectMapFrom(parsed: unknown): RedirectMap {
  const empty: RedirectMap = { slugs: [], paths: {} };
  if (typeof parsed !== 'object' || parsed === null || !('slugs' in parsed) || !('paths' in parsed))
    return empty;
  const { slugs, paths } = parsed;
  if (!Array.isArray(slugs) || !slugs.every((slug): slug is string => typeof slug === 'string')) return empty;
  if (typeof paths !== 'object' || paths === null) return empty;
  const written =
    'site' in parsed && typeof parsed.site === 'object' && parsed.site !== null ? parsed.site : {};
  // Only paths of this site: a bad file must never make the proxy send a reader to another host.
  const site = Object.fromEntries(
    Object.entries(written).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === 'string' && entry[1].startsWith('/') && !entry[1].startsWith('//'),
    ),
  );
  return {
    slugs,
    paths: Object.fromEntries(
      Object.entries(paths).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    ),
    ...(Object.keys(site).length > 0 ? { site } : {}),
  };
}

/** Where an old address of the site itself (a feed, a listing page, search) now leads, if it was one. */
export function sitePathForLegacyPath(map: RedirectMap, requestPath: string): string | undefined {
  return map.site ? siteAddressTarget(map.site, requestPath) : undefined;
}

/** Every old address with its slug, for writing the static export's redirect pages. */
export function legacyEntries(map: RedirectMap): [string, string][] {
  return Object.entries(map.paths).flatMap(([legacyPath, index]) => {
    const slug = map.slugs[index];
    return slug === undefined ? [] : [[legacyPath, slug] as [string, string]];
  });
}
