/**
 * The old Jekyll site's own addresses besides its posts, and where each leads now: its feeds to
 * /feed.xml, its jekyll-paginate pages (`/blog/page2/`) to /page/N, its search page to /search, and its
 * home under the old baseurl to /. The importer records what the site had in `.jekyll.yml`
 * (lib/legacy-urls/jekyll-site-settings.ts); the build puts these beside the articles' old addresses
 * in the one redirect map (redirect-map.ts), which proxy.ts answers and the static export writes out.
 *
 * Each address is kept in every form the old server answered it in (`a/` also as `a/index.html` and
 * `a`; `a.html` also as `a`), with and without the baseurl, so a lookup is exact and can never send an
 * address of the new site to itself.
 */
import { homePath, searchPath, siteFeedPath } from '../routes';
import { normaliseLegacyPath } from './article-legacy-paths';
import { withBaseurl, type JekyllSite } from './jekyll-permalink';

/** Old address (decoded, NFC) → the path on this site it now leads to. */
export type SiteAddressRedirects = Record<string, string>;

/** The forms a static server answered an old page under. */
function servedForms(address: string): string[] {
  if (address.endsWith('/'))
    return address === '/' ? [] : [address, `${address}index.html`, address.slice(0, -1)];
  if (address.endsWith('/index.html')) return servedForms(address.slice(0, -'index.html'.length));
  if (address.endsWith('.html')) return [address, address.slice(0, -'.html'.length)];
  return [address];
}

/** jekyll-paginate's address of page `page` (2 and up): `:num` replaced, always a folder. */
function paginatePage(template: string, page: number): string {
  const address = template.replace(':num', String(page));
  return address.endsWith('/') ? address : `${address}/`;
}

/** The folder whose `index.html` jekyll-paginate paginated: page 1 of the old listing. */
function paginateFirstPage(template: string): string {
  return template.slice(0, template.lastIndexOf('/', template.indexOf(':num')) + 1) || '/';
}

function lastListingPage(livePaths: Set<string>): number {
  let page = 1;
  while (livePaths.has(homePath(page + 1))) page += 1;
  return page;
}

/**
 * `articleCount` gives how many listing pages the old site wrote (`paginate` a page); `livePaths` are
 * this site's pages (decoded): a form that is one of them stays the page's, and an old page past this
 * site's last listing page leads to that last page, which lists the oldest articles as it did.
 */
export function siteAddressRedirects(
  site: JekyllSite,
  articleCount: number,
  livePaths: Set<string>,
): SiteAddressRedirects {
  const targets: [string, string][] = [];
  for (const feed of site.feedPaths ?? []) targets.push([feed, siteFeedPath()]);
  for (const search of site.searchPaths ?? []) targets.push([search, searchPath()]);
  if (site.baseurl) targets.push(['/', homePath()]);
  if (site.paginate && site.paginatePath?.includes(':num')) {
    const lastPage = lastListingPage(livePaths);
    targets.push([paginateFirstPage(site.paginatePath), homePath()]);
    const oldPages = Math.ceil(articleCount / site.paginate);
    for (let page = 2; page <= oldPages; page += 1)
      targets.push([paginatePage(site.paginatePath, page), homePath(Math.min(page, lastPage))]);
  }
  const redirects: SiteAddressRedirects = {};
  for (const [address, target] of targets) {
    const forms = servedForms(normaliseLegacyPath(address));
    const withBase = site.baseurl ? forms.map((form) => withBaseurl(site.baseurl, form)) : [];
    // `/blog/` under baseurl `/blog` is the old home: `withBaseurl` of `/` is `/blog/`.
    const baseHome = site.baseurl && address === '/' ? servedForms(withBaseurl(site.baseurl, '/')) : [];
    for (const form of [...forms, ...withBase, ...baseHome]) {
      if (form === target || livePaths.has(form) || Object.hasOwn(redirects, form)) continue;
      redirects[form] = target;
    }
  }
  return redirects;
}

/** Where an old site address now leads, for a request path as the browser sent it (percent-encoded). */
export function siteAddressTarget(redirects: SiteAddressRedirects, requestPath: string): string | undefined {
  const key = normaliseLegacyPath(requestPath);
  return Object.hasOwn(redirects, key) ? redirects[key] : undefined;
}
