import { NextResponse, type NextRequest } from 'next/server';

import { redirectMapFrom, sitePathForLegacyPath, slugForLegacyPath } from '@/lib/legacy-urls/redirect-map';
import { articlePath } from '@/lib/routes';

const legacyRedirects = redirectMapFrom(JSON.parse(process.env.NEWSDAO_LEGACY_REDIRECTS || '{}'));

/**
 * Old addresses of moved (Jekyll) posts answer 308 with the article's one canonical URL, in one hop, and
 * the old site's own addresses (feed, listing pages, search) 308 with the page that took their place.
 */
export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const slug = slugForLegacyPath(legacyRedirects, pathname);
  if (slug !== undefined) return NextResponse.redirect(new URL(articlePath(slug), request.url), 308);
  // The old site's feed, listing pages and search page; the query goes along (`/search/?q=…`).
  const sitePath = sitePathForLegacyPath(legacyRedirects, pathname);
  if (sitePath !== undefined) {
    const url = new URL(sitePath, request.url);
    url.search = request.nextUrl.search;
    return NextResponse.redirect(url, 308);
  }
  // What Next does unless skipTrailingSlashRedirect is set: one address per page, without the slash.
  if (pathname.length > 1 && pathname.endsWith('/')) {
    const url = new URL(request.url);
    // Leading slashes collapse too: `//evil.example/` must not become the protocol-relative `//evil.example`.
    url.pathname = pathname.replace(/\/+$/, '').replace(/^\/+/, '/') || '/';
    return NextResponse.redirect(url, 308);
  }
  return NextResponse.next();
}

export const config = {
  // Not Next's assets, nor the pages readers load most: the home page (`.+` skips `/`) and article
  // addresses (`/articles/x`, no slash), which answer their own old addresses. Must agree with
  // proxySeesPath in lib/legacy-urls/proxy-scope.ts (a unit test holds them together).
  matcher: ['/((?!_next/static|_next/image|articles/[^/]+$).+)'],
};
