/**
 * Which requests proxy.ts runs for. A proxy on every request halves what `next start` serves (measured in
 * docs/performance.md), so the pages readers load most, the home page and an article, skip it. An old
 * address that has an article's shape (`/articles/old-name`) then becomes one of next.config.js's
 * redirects, which Next answers before any page.
 *
 * proxy.ts must state its matcher as a literal (Next reads it without running the module); the unit test
 * holds that literal and `proxySeesPath` to the same answers.
 */
import { articlePath } from '../routes';
import { barePath } from './article-legacy-paths';
import { slugForLegacyPath, type RedirectMap } from './redirect-map';

/** An article's address: `/articles/` and one path segment, with no trailing slash. */
const ARTICLE_ADDRESS = /^\/articles\/[^/]+$/;
/** A written old address the article page must answer: `/articles/x`, `/articles/x.html` or `/articles/x/`. */
const ARTICLE_SHAPED_KEY = /^\/articles\/[^/]+\/?$/;

/** The proxy's scope, as its matcher states it: everything but Next's assets, `/` and article addresses. */
export function proxySeesPath(requestPath: string): boolean {
  if (requestPath === '/' || ARTICLE_ADDRESS.test(requestPath)) return false;
  return !/^\/_next\/(static|image)(\/|$)/.test(requestPath);
}

/**
 * Old addresses a request the proxy never sees can ask for: `/articles/x` finds an old `/articles/x`,
 * `/articles/x.html` or `/articles/x/` (see `lookupForms`). They become redirects in next.config.js,
 * which Next answers before any page: [request path as a browser sends it, the article's path].
 * An old address rarely has the new site's shape, so the list stays short.
 */
export function articleAddressRedirects(map: RedirectMap): [string, string][] {
  const requestPaths = new Set(
    Object.keys(map.paths)
      .filter((legacyPath) => ARTICLE_SHAPED_KEY.test(legacyPath))
      .flatMap((legacyPath) => {
        const bare = barePath(legacyPath);
        return legacyPath.endsWith('.html') ? [legacyPath, bare] : [bare];
      }),
  );
  return [...requestPaths].flatMap((requestPath) => {
    const slug = slugForLegacyPath(map, requestPath);
    return slug === undefined ? [] : [[encodeURI(requestPath), articlePath(slug)] as [string, string]];
  });
}
