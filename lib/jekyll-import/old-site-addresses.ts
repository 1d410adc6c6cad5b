/**
 * The pages of an old Jekyll site, besides its posts, that readers and feed readers kept addresses of:
 * a feed template at the site root (`feed.xml`, `atom.xml`, `rss.xml`) and its search page
 * (`search.html`, `search.md`, `search/index.html`, a `_pages/search.md` with a permalink). Each is found
 * where Jekyll would publish it: its front matter's `permalink`, else Jekyll's own address for a page.
 * jekyll-feed's `feed.path` and `paginate_path` come from `_config.yml` itself
 * (lib/legacy-urls/jekyll-site-settings.ts). The importer records them all in `.jekyll.yml`, and the
 * build redirects each to this site's page (lib/legacy-urls/site-address-redirects.ts).
 */
import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';

import yaml from 'js-yaml';

import type { JekyllSite } from '../legacy-urls/jekyll-permalink';

/** A site file that gave the old site one of its own addresses. */
export type OldSitePage = { file: string; address: string; kind: 'feed' | 'search' };

const FEED_TEMPLATES = ['feed.xml', 'atom.xml', 'rss.xml'];
const SEARCH_PAGES = ['search.html', 'search.md', 'search.markdown', 'search/index.html', 'search/index.md'];
const THEME_SEARCH_PAGES = ['_pages/search.md', '_pages/search.html'];

/** `permalink` from a file's front matter, when it has front matter that says one. */
function frontMatterPermalink(text: string): string | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data: unknown = yaml.load(match[1] ?? '', { schema: yaml.JSON_SCHEMA });
    if (typeof data !== 'object' || data === null || !('permalink' in data)) return undefined;
    return typeof data.permalink === 'string' && data.permalink.trim() ? data.permalink.trim() : undefined;
  } catch {
    return undefined;
  }
}

/** Jekyll's address for a page without a permalink: `/search.html`, or `/search/` under `pretty`. */
function pageAddress(file: string, site: JekyllSite): string {
  const extension = path.posix.extname(file);
  const output = extension === '.xml' ? extension : '.html';
  const base = file.slice(0, -extension.length);
  if (base.endsWith('/index') || base === 'index') return `/${base.slice(0, -'index'.length)}`;
  return site.permalink.trim() === 'pretty' && output === '.html' ? `/${base}/` : `/${base}${output}`;
}

/** A regular file at `relative` under the site, reached without following a link. */
async function realFile(siteRoot: string, relative: string): Promise<boolean> {
  let current = siteRoot;
  for (const segment of relative.split('/')) {
    current = path.join(current, segment);
    const stats = await lstat(current).catch(() => undefined);
    if (!stats || stats.isSymbolicLink()) return false;
  }
  return (await lstat(current)).isFile();
}

export async function oldSitePages(siteRoot: string, site: JekyllSite): Promise<OldSitePage[]> {
  const found: OldSitePage[] = [];
  const candidates: [string, OldSitePage['kind']][] = [
    ...FEED_TEMPLATES.map((file): [string, 'feed'] => [file, 'feed']),
    ...[...SEARCH_PAGES, ...THEME_SEARCH_PAGES].map((file): [string, 'search'] => [file, 'search']),
  ];
  for (const [file, kind] of candidates) {
    if (!(await realFile(siteRoot, file))) continue;
    const permalink = frontMatterPermalink(await readFile(path.join(siteRoot, file), 'utf8'));
    // A theme's `_pages/` is published only under the permalink its pages give themselves.
    if (file.startsWith('_') && !permalink) continue;
    const address = permalink ? `/${permalink.replace(/^\/+/, '')}` : pageAddress(file, site);
    found.push({ file, address, kind });
  }
  return found;
}

/** The settings with the feeds and search page found in the site folder added. */
export function withOldSitePages(site: JekyllSite, pages: OldSitePage[]): JekyllSite {
  const of = (kind: OldSitePage['kind'], known: string[] = []) =>
    [
      ...new Set([...known, ...pages.filter((page) => page.kind === kind).map((page) => page.address)]),
    ].sort();
  const feedPaths = of('feed', site.feedPaths);
  const searchPaths = of('search', site.searchPaths);
  return {
    ...site,
    ...(feedPaths.length > 0 ? { feedPaths } : {}),
    ...(searchPaths.length > 0 ? { searchPaths } : {}),
  };
}
