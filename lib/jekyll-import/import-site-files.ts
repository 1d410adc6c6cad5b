/**
 * The parts of a Jekyll site that are not posts but that a news site keeps: its pages (top-level
 * `*.md` with a `permalink`, and a theme's `_pages/` folder) go to `_pages/`, and `_data/authors.yml`
 * goes along unchanged (Minimal Mistakes' shape is read as it is). A page whose address is one of this
 * site's routes (a theme's `search.md`, `categories.md`, `index.html`) is skipped and reported, and so
 * is a symbolic link or a file whose real path leaves the site (site-confinement.ts).
 */
import { copyFile, lstat, mkdir, readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

import { parsePost } from '../content/front-matter';
import { formatProblem } from '../content/problems';
import { AUTHORS_FILE } from '../content/site/authors';
import { fixedPageFromFile, PAGE_EXTENSIONS, PAGES_FOLDER } from '../content/site/fixed-pages';
import { confinedFile } from './site-confinement';

export type ImportedPage = { file: string; path: string };

export type SiteFilesImport = { pages: ImportedPage[]; authorsCopied: boolean; skipped: string[] };

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

function hasPermalink(source: string): boolean {
  if (!source.startsWith('---')) return false;
  try {
    return typeof parsePost(source.replace(/\r\n?/g, '\n')).data.permalink === 'string';
  } catch {
    return false;
  }
}

const isPageFile = (name: string) => PAGE_EXTENSIONS.includes(path.extname(name).toLowerCase());

/** Candidate pages, each read through the confinement walk: a link or a path leaving the site is named. */
async function pageSources(
  siteRoot: string,
  skipped: string[],
): Promise<{ from: string; name: string; where: string }[]> {
  const found: { from: string; name: string; where: string }[] = [];
  const confined = async (relativePath: string) => {
    const file = await confinedFile(siteRoot, relativePath);
    if (!file.ok && !file.missing) skipped.push(`${relativePath}: page not imported: ${file.reason}`);
    return file.ok ? file.file : undefined;
  };
  for (const entry of await readdir(siteRoot, { withFileTypes: true })) {
    if (entry.isDirectory() || !isPageFile(entry.name) || /^readme\./i.test(entry.name)) continue;
    const from = await confined(entry.name);
    if (from && hasPermalink(await readFile(from, 'utf8')))
      found.push({ from, name: entry.name, where: entry.name });
  }
  const folder = await lstat(path.join(siteRoot, PAGES_FOLDER)).catch(() => undefined);
  if (folder?.isSymbolicLink())
    skipped.push(
      `${PAGES_FOLDER}: pages not imported: a symbolic link, which the importer never follows; make it a real folder of the site`,
    );
  else if (folder?.isDirectory()) {
    for (const entry of await readdir(path.join(siteRoot, PAGES_FOLDER), { withFileTypes: true })) {
      if (entry.isDirectory() || !isPageFile(entry.name)) continue;
      const where = `${PAGES_FOLDER}/${entry.name}`;
      const from = await confined(where);
      if (from) found.push({ from, name: entry.name, where });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export async function importSiteFiles(sitePath: string, contentDir: string): Promise<SiteFilesImport> {
  const siteRoot = await realpath(sitePath).catch(() => path.resolve(sitePath));
  const pages: ImportedPage[] = [];
  const skipped: string[] = [];
  for (const { from, name, where } of await pageSources(siteRoot, skipped)) {
    const relativePath = `${PAGES_FOLDER}/${name.normalize('NFC')}`;
    const checked = fixedPageFromFile({ relativePath, source: await readFile(from, 'utf8') });
    if (!checked.page) {
      const reason = checked.problems.find((problem) => problem.severity === 'error');
      skipped.push(`${where}: page not imported: ${reason ? formatProblem(reason) : 'published: false'}`);
      continue;
    }
    const target = path.join(contentDir, relativePath);
    if (await exists(target)) {
      skipped.push(`${where}: ${relativePath} already exists in the content folder; left it as it is`);
      continue;
    }
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(from, target);
    pages.push({ file: relativePath, path: checked.page.path });
  }
  let authorsCopied = false;
  const authors = await confinedFile(siteRoot, AUTHORS_FILE);
  if (!authors.ok && !authors.missing) skipped.push(`${AUTHORS_FILE}: not imported: ${authors.reason}`);
  if (authors.ok) {
    const authorsFrom = authors.file;
    const target = path.join(contentDir, AUTHORS_FILE);
    if (await exists(target))
      skipped.push(
        `${AUTHORS_FILE}: the content folder already has one; kept it, merge the reporters by hand`,
      );
    else {
      await mkdir(path.dirname(target), { recursive: true });
      await copyFile(authorsFrom, target);
      authorsCopied = true;
    }
  }
  return { pages, authorsCopied, skipped };
}
