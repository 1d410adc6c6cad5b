/**
 * The parts of a Jekyll site that are not posts but that a news site keeps: its pages (top-level
 * `*.md` with a `permalink`, and a theme's `_pages/` folder) go to `_pages/`, and `_data/authors.yml`
 * goes along unchanged (Minimal Mistakes' shape is read as it is). A page whose address is one of this
 * site's routes (a theme's `search.md`, `categories.md`, `index.html`) is skipped and reported.
 */
import { copyFile, mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { parsePost } from '../content/front-matter';
import { formatProblem } from '../content/problems';
import { AUTHORS_FILE } from '../content/site/authors';
import { fixedPageFromFile, PAGE_EXTENSIONS, PAGES_FOLDER } from '../content/site/fixed-pages';

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

async function pageSources(sitePath: string): Promise<{ from: string; name: string }[]> {
  const top = await readdir(sitePath, { withFileTypes: true });
  const found: { from: string; name: string }[] = [];
  for (const entry of top) {
    if (!entry.isFile() || !PAGE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) continue;
    if (/^readme\./i.test(entry.name)) continue;
    const from = path.join(sitePath, entry.name);
    if (hasPermalink(await readFile(from, 'utf8'))) found.push({ from, name: entry.name });
  }
  const themePages = await readdir(path.join(sitePath, PAGES_FOLDER), { withFileTypes: true }).catch(
    () => [],
  );
  for (const entry of themePages) {
    if (entry.isFile() && PAGE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      found.push({ from: path.join(entry.parentPath, entry.name), name: entry.name });
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

export async function importSiteFiles(sitePath: string, contentDir: string): Promise<SiteFilesImport> {
  const pages: ImportedPage[] = [];
  const skipped: string[] = [];
  for (const { from, name } of await pageSources(sitePath)) {
    const relativePath = `${PAGES_FOLDER}/${name.normalize('NFC')}`;
    const checked = fixedPageFromFile({ relativePath, source: await readFile(from, 'utf8') });
    const where = path.relative(sitePath, from);
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
  const authorsFrom = path.join(sitePath, AUTHORS_FILE);
  if (await exists(authorsFrom)) {
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
