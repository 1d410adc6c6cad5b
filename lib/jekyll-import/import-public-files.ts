/**
 * The files at the top of a Jekyll site that are not posts. Portals' and ad networks' files
 * (`naver….html`, `google….html`, `BingSiteAuth.xml`, `ads.txt`) are copied to `public/`, where the
 * site serves them at the same address, under the same confinement as every other copy
 * (site-confinement.ts). Every other entry is named in the report with what became of it and what the
 * operator should do: `CNAME` (set the domain in Vercel), `robots.txt` (this site serves its own), the
 * old feed and search page (redirected), the theme's folders (not needed), and so on, so that no file
 * of the site is left behind without a word.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import type { JekyllSite } from '../legacy-urls/jekyll-permalink';
import { reservedRouteOf } from '../reserved-paths';
import { copyOnce } from './copy-once';
import type { ImportedPage } from './import-site-files';
import type { OldSitePage } from './old-site-addresses';
import { confinedSiteFile } from './site-confinement';

/** One entry at the top of the site folder and what became of it. */
export type SiteFileNote = {
  file: string;
  outcome: 'read' | 'copied' | 'redirected' | 'reported' | 'left';
  note: string;
};

export type PublicFilesImport = {
  /** Portal and ad files copied to `public/`, as root-relative paths. */
  copied: string[];
  /** Every top-level entry of the site, in name order. */
  siteFiles: SiteFileNote[];
};

/** Files a portal or an ad network fetches from the site's root to confirm who owns it. */
const PORTAL_FILES: [RegExp, string][] = [
  [/^naver[0-9a-z]+\.html$/i, 'Naver Search Advisor ownership file'],
  [/^google[0-9a-z]+\.html$/i, 'Google Search Console ownership file'],
  [/^BingSiteAuth\.xml$/, 'Bing Webmaster Tools ownership file'],
  [/^ads\.txt$/, 'ads.txt (authorised ad sellers)'],
];

/** Jekyll's theme and build folders: never published, and this site has its own of each. */
const THEME_FOLDERS: Record<string, string> = {
  _layouts: "the old theme's layouts",
  _includes: "the old theme's includes",
  _sass: "the old theme's styles",
  _plugins: "the old site's Ruby plugins",
  _site: "Jekyll's own output",
};

const BUILD_FILES =
  /^(Gemfile(\.lock)?|package(-lock)?\.json|node_modules|vendor|README(\..*)?|LICENSE(\..*)?)$/i;

async function filesUnder(folder: string): Promise<number> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => !entry.isDirectory()).length;
}

async function cnameNote(file: string): Promise<string> {
  const domain = (await readFile(file, 'utf8')).split(/\r?\n/)[0]?.trim() ?? '';
  const named = domain ? `names the domain ${domain}` : 'names no domain';
  return `${named}; not copied. Set ${domain || 'the domain'} in Vercel (the project → Settings → Domains) and point its DNS where Vercel says; on GitHub Pages, give it under Settings → Pages → Custom domain`;
}

async function robotsNote(file: string): Promise<string> {
  const rules = (await readFile(file, 'utf8'))
    .split(/\r?\n/)
    .filter((line) => /^\s*disallow\s*:\s*\S/i.test(line));
  const kept =
    rules.length > 0
      ? ` The old one kept crawlers out of ${rules.length} path(s) (${rules.map((rule) => rule.split(':').slice(1).join(':').trim()).join(', ')}): add any you still want closed to app/robots.ts`
      : '';
  return `not copied: this site serves its own /robots.txt (app/robots.ts: every crawler allowed, the sitemaps named).${kept}`;
}

function portalKind(name: string): string | undefined {
  return PORTAL_FILES.find(([pattern]) => pattern.test(name))?.[1];
}

export async function importPublicFiles({
  siteRoot,
  publicDir,
  site,
  oldPages,
  assetsCopied,
  pagesImported = [],
  authorsCopied = false,
}: {
  siteRoot: string;
  publicDir: string;
  site: JekyllSite;
  /** The old feeds and search page found in the site (old-site-addresses.ts). */
  oldPages: OldSitePage[];
  /** What the posts' own copies brought to `public/`, to say how much of each folder came along. */
  assetsCopied: string[];
  /** The pages import-site-files.ts brought into `_pages/`, and whether `_data/authors.yml` came. */
  pagesImported?: ImportedPage[];
  authorsCopied?: boolean;
}): Promise<PublicFilesImport> {
  const copied: string[] = [];
  const siteFiles: SiteFileNote[] = [];
  const entries = (await readdir(siteRoot, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  );
  for (const entry of entries) {
    const name = entry.name;
    const folder = entry.isDirectory();
    const file = folder ? `${name}/` : name;
    const note = (outcome: SiteFileNote['outcome'], text: string) =>
      siteFiles.push({ file, outcome, note: text });
    const portal = portalKind(name);
    if (portal && !folder) {
      const from = await confinedSiteFile(siteRoot, `/${name}`);
      if (!from.ok) {
        note('left', `${portal}: ${from.reason}; put the file itself in public/ to serve it`);
        continue;
      }
      const outcome = await copyOnce(from.file, path.join(publicDir, name));
      if (outcome === 'different') {
        note(
          'left',
          `${portal}: public/${name} already exists with other content; kept it, compare the two by hand`,
        );
        continue;
      }
      copied.push(`/${name}`);
      note('copied', `${portal}: copied to public/${name}, served at /${name}`);
      continue;
    }
    if (entry.isSymbolicLink()) {
      note('left', 'a symbolic link, which the importer never follows; not copied');
      continue;
    }
    const pages = oldPages.filter((page) => page.file === name || page.file.startsWith(`${name}/`));
    if (pages.length > 0) {
      for (const page of pages)
        note(
          'redirected',
          page.kind === 'feed'
            ? `the old feed at ${page.address}: redirects to /feed.xml (the static export keeps a copy of the feed there)`
            : `the old search page at ${page.address}: redirects to /search`,
        );
      // A theme's `_pages/` holds more than its search page: say what became of the rest too.
      if (!name.startsWith('_')) continue;
    }
    const page = folder
      ? undefined
      : pagesImported.find((imported) => path.posix.basename(imported.file) === name);
    if (page) note('copied', `a page: imported into ${page.file}, served at ${page.path}`);
    else if (name === '_pages' && folder)
      note(
        'copied',
        `the fixed pages: ${pagesImported.length} page(s) imported into _pages/ (see 고정 페이지; any left are named under skipped)`,
      );
    else if (name === '_data' && folder)
      note(
        authorsCopied ? 'copied' : 'left',
        authorsCopied
          ? 'authors.yml copied to _data/authors.yml (the reporters); other data files not imported'
          : 'not imported (of _data/, the importer brings authors.yml only, and this site has none)',
      );
    else if (pages.length > 0)
      note(
        'left',
        `Jekyll never publishes "_" paths; the rest is not imported (the importer brings _posts/ only)`,
      );
    else if (name === 'CNAME' && !folder) note('reported', await cnameNote(path.join(siteRoot, name)));
    else if (name === 'robots.txt' && !folder) note('reported', await robotsNote(path.join(siteRoot, name)));
    else if (name === '_posts') note('read', 'the posts (above)');
    else if (name === '_config.yml')
      note(
        'read',
        `settings read: permalink, timezone, baseurl${site.paginate ? ', paginate, paginate_path' : ''}${site.feedPaths?.length ? ', the feed' : ''} (kept in .jekyll.yml)`,
      );
    else if (/^index\.(html|md|markdown)$/.test(name))
      note(
        'redirected',
        site.paginate
          ? `the old home page: / is this site's own; its listing pages (${site.paginatePath}, ${site.paginate} posts a page) redirect to /page/N`
          : "the old home page: / is this site's own; not imported",
      );
    else if (name.startsWith('.')) note('left', 'a hidden file, which Jekyll never publishes; not copied');
    else if (THEME_FOLDERS[name]) note('left', `${THEME_FOLDERS[name]}; this site has its own, not imported`);
    else if (name === '_drafts')
      note('left', 'drafts: not imported; move finished ones to _posts/ and import again');
    else if (name.startsWith('_'))
      note('left', `Jekyll never publishes "_" paths; not imported (the importer brings _posts/ only)`);
    else if (BUILD_FILES.test(name)) note('left', "the old site's build files; not needed here");
    else if (folder) {
      const total = await filesUnder(path.join(siteRoot, name));
      const used = assetsCopied.filter((asset) => asset.startsWith(`/${name}/`)).length;
      const left = total - used;
      note(
        used > 0 ? 'copied' : 'left',
        `${total} file(s): ${used} that the posts use copied to public/${name}/${left > 0 ? `, ${left} left behind (copy by hand what the new site should still serve)` : ''}`,
      );
    } else {
      const reserved = reservedRouteOf(`/${name}`);
      note(
        'left',
        reserved
          ? `not copied: /${name} is ${reserved} here`
          : `not imported (the importer brings posts, the files they use and the portal files); copy it to public/${name} if /${name} should still be served`,
      );
    }
  }
  return { copied, siteFiles };
}

/** The report's section on the site's own files and addresses (import-report.ts). */
export function formatSiteFiles(siteFiles: SiteFileNote[]): string[] {
  if (siteFiles.length === 0) return [];
  return [
    '',
    `사이트 파일 (site files: every entry at the top of the site folder, ${siteFiles.length})`,
    ...siteFiles.map((entry) => `  ${entry.file}  [${entry.outcome}] ${entry.note}`),
  ];
}

/** The old site's own addresses the build will redirect (lib/legacy-urls/site-address-redirects.ts). */
export function oldSiteAddressLines(site: JekyllSite): string[] {
  const rules = [
    ...(site.feedPaths?.length ? [`${site.feedPaths.join(', ')} → /feed.xml`] : []),
    ...(site.paginate ? [`${site.paginatePath} (pages 2 and up) → /page/N`] : []),
    ...(site.searchPaths?.length ? [`${site.searchPaths.join(', ')} → /search`] : []),
  ];
  const base = site.baseurl ? `, each also under ${site.baseurl}, and ${site.baseurl}/ → /` : '';
  return [
    `  옛 사이트 주소 the old site's own addresses: ${rules.length > 0 ? rules.join('; ') : 'none'}${rules.length > 0 ? base : ''}`,
  ];
}
