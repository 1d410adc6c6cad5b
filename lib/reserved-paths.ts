/**
 * Which addresses belong to the site's own routes, so no post's `permalink` or `redirect_from` (nor a
 * `_pages` permalink) can take one over with a redirect. Judged on the address as a server reads it:
 * percent-decoded, without `index.html`, `.html` or a trailing slash.
 */
const EXACT: Record<string, string> = {
  '/': 'the home page (app/page.tsx)',
  '/feed.xml': 'the site feed (app/feed.xml)',
  '/rss.xml': "the old site feed's address (redirected to /feed.xml)",
  '/atom.xml': "the old site feed's address (redirected to /feed.xml)",
  '/sitemap.xml': 'the sitemap (app/sitemap.xml)',
  '/sitemap': 'the sitemap page for readers (app/sitemap)',
  '/news-sitemap.xml': 'the Google News sitemap (app/news-sitemap.xml)',
  '/robots.txt': 'robots.txt (app/robots.ts)',
  '/search': 'the search page (app/search)',
  '/categories': 'the category list (app/categories)',
  '/reporters': "the reporters' pages (app/reporters)",
  '/icon.svg': 'the site icon (app/icon.svg)',
  '/favicon.ico': 'the site icon',
  '/ads.txt': 'ads.txt (public/)',
  '/404': 'the 404 page',
  '/_not-found': 'the 404 page',
};

const PREFIXES: [string, string][] = [
  ['/page/', 'the home listing pages (app/page/[page])'],
  ['/categories/', 'the category pages and feeds (app/categories/[category])'],
  ['/reporters/', "the reporters' pages and feeds (app/reporters/[reporter])"],
  ['/tags/', 'the tag pages and feeds (app/tags/[tag])'],
  ['/sitemaps/', 'the sitemap parts (app/sitemaps/[part])'],
  ['/og/', 'the share pictures (app/og/[image])'],
  ['/pagefind', 'the search index (public/pagefind)'],
  ['/_next/', "Next's own files"],
  ['/assets/', 'the pictures and files in public/assets'],
];

function decoded(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** The address as the site's routes see it: one leading slash, no `index.html`, `.html` or trailing slash. */
export function routeAddress(path: string): string {
  const address = `/${decoded(path.split(/[?#]/)[0] ?? '').replace(/^\/+/, '')}`
    .replace(/\/index\.html?$/i, '/')
    .replace(/\.html?$/i, '');
  return address.length > 1 ? address.replace(/\/+$/, '') || '/' : address;
}

/** The route that owns `path`, described for an editor, or undefined when the path is free. */
export function reservedRouteOf(path: string): string | undefined {
  const address = routeAddress(path);
  const exact = EXACT[address];
  if (exact) return exact;
  return PREFIXES.find(([prefix]) => `${address}/`.startsWith(prefix) || address.startsWith(prefix))?.[1];
}

/**
 * The route that owns `path` for a fixed page of `_pages/`: the site's routes, and `/articles/…` too.
 * (A post may keep an old `/articles/…` address, which redirects to its own; a page there would shadow
 * an article.)
 */
export function reservedPageRouteOf(path: string): string | undefined {
  // Lower case too: a page file `Search.html` beside `search.html` collides on a case-blind disk.
  const address = routeAddress(path).toLowerCase();
  if (address === '/articles' || address.startsWith('/articles/'))
    return 'the articles (app/articles/[slug])';
  return reservedRouteOf(address);
}
