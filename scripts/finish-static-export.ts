/**
 * The last step of `npm run build` (scripts/build/steps.ts), with STATIC_EXPORT=1 only (without it, it
 * does nothing). It makes the export
 * servable by any plain file server:
 * - `articles/x.html` is also `articles/x/index.html` (a hard link), because servers such as
 *   `python3 -m http.server` never try `.html` and would list the `articles/x/` folder of data files;
 * - every old Jekyll address gets a small redirect page (meta refresh + rel=canonical), and the old
 *   site's feed addresses a copy of the feed;
 * - the 404 pages written for the placeholder params of routes with nothing to list are removed
 *   (lib/static-export/exportable-params.ts), so the export holds only real pages.
 */
import { copyFile, link, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { buildPaths } from '../config/build-paths';
import { absoluteUrl } from '../config/site';
import { legacyEntries, redirectMapFrom } from '../lib/legacy-urls/redirect-map';
import { redirectFilesFor, redirectPageHtml } from '../lib/legacy-urls/redirect-page';
import { articlePath, siteFeedPath } from '../lib/routes';
import { isPlaceholderOutput } from '../lib/static-export/exportable-params';

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function addFolderIndexes(root: string): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  let added = 0;
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.html') || entry.name === 'index.html') continue;
    const file = path.join(entry.parentPath, entry.name);
    if (path.dirname(file) === root && ['404.html', '_not-found.html'].includes(entry.name)) continue;
    const index = path.join(file.slice(0, -'.html'.length), 'index.html');
    if (await exists(index)) continue;
    await mkdir(path.dirname(index), { recursive: true });
    await link(file, index).catch(() => copyFile(file, index));
    added += 1;
  }
  return added;
}

async function removePlaceholderPages(root: string): Promise<number> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const placeholders = entries
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .filter((relative) => isPlaceholderOutput(relative))
    // The outermost placeholder path of each page: removing it removes what lies under it.
    .filter(
      (relative, _, all) => !all.some((other) => other !== relative && relative.startsWith(other + path.sep)),
    );
  for (const relative of placeholders) await rm(path.join(root, relative), { recursive: true, force: true });
  return placeholders.length;
}

async function writeRedirectPages(root: string): Promise<number> {
  const map = redirectMapFrom(
    JSON.parse(await readFile(buildPaths().redirectMapFile, 'utf8').catch(() => '{}')),
  );
  let written = 0;
  for (const [legacyPath, slug] of legacyEntries(map)) {
    const html = redirectPageHtml(articlePath(slug), absoluteUrl(articlePath(slug)));
    for (const relative of redirectFilesFor(legacyPath)) {
      const file = path.join(root, relative);
      // A real page of the new site always wins over an old address.
      if (!file.startsWith(root + path.sep) || (await exists(file))) continue;
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, html);
      written += 1;
    }
  }
  return written;
}

/**
 * The old site's own addresses: a feed gets a copy of ours (feed readers ignore meta refresh), any
 * other (listing pages, search) a redirect page. Run after the folder indexes, so `search.html` and
 * `search/index.html`, our own search page, stay as they are.
 */
async function writeSiteAddressPages(root: string): Promise<{ feeds: number; pages: number }> {
  const { site = {} } = redirectMapFrom(
    JSON.parse(await readFile(buildPaths().redirectMapFile, 'utf8').catch(() => '{}')),
  );
  const written = { feeds: 0, pages: 0 };
  for (const [oldPath, target] of Object.entries(site)) {
    const isFeedFile = target === siteFeedPath() && /\.(xml|atom|rss)$/i.test(oldPath);
    const html = redirectPageHtml(target, absoluteUrl(target), '주소');
    for (const relative of isFeedFile ? [oldPath.replace(/^\/+/, '')] : redirectFilesFor(oldPath)) {
      const file = path.join(root, relative);
      if (!file.startsWith(root + path.sep) || (await exists(file))) continue;
      await mkdir(path.dirname(file), { recursive: true });
      if (isFeedFile) await copyFile(path.join(root, siteFeedPath()), file);
      else await writeFile(file, html);
      written[isFeedFile ? 'feeds' : 'pages'] += 1;
    }
  }
  return written;
}

async function main() {
  if (process.env.STATIC_EXPORT !== '1') return;
  const root = path.resolve(buildPaths().exportDir);
  const placeholders = await removePlaceholderPages(root);
  const indexes = await addFolderIndexes(root);
  const redirects = await writeRedirectPages(root);
  const siteAddresses = await writeSiteAddressPages(root);
  console.log(
    `정적 내보내기: ${path.relative(process.cwd(), root)}/ — ${indexes} folder indexes, ${redirects} redirect pages for old addresses, ${siteAddresses.pages} for the old site's own pages, ${siteAddresses.feeds} copies of the feed at its old addresses, ${placeholders} placeholder pages removed`,
  );
}

void main();
