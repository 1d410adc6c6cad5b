import { NextResponse, type NextRequest } from 'next/server';
import { slugForLegacyPath, type RedirectMap } from '@/lib/legacy-urls/redirect-map';
import { articlePath } from '@/lib/routes';

function loadMap(): RedirectMap {
  const parsed: unknown = JSON.parse(process.env.NEWSDAO_LEGACY_REDIRECTS || '{}');
  if (typeof parsed !== 'object' || parsed === null) return {};
  return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
}

const legacyRedirects = loadMap();

/** Old addresses of moved (Jekyll) posts answer 308 with the article's one canonical URL. */
export function proxy(request: NextRequest) {
  const slug = slugForLegacyPath(legacyRedirects, request.nextUrl.pathname);
  if (slug === undefined) return NextResponse.next();
  return NextResponse.redirect(new URL(articlePath(slug), request.url), 308);
}

export const config = {
  // Only addresses a reader could have bookmarked; Next's own assets never are old addresses.
  matcher: ['/((?!_next/static|_next/image).*)'],
};
