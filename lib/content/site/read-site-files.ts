/** The file reading behind the site files' readers (site-files.ts); absent files are simply absent. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { joinPath } from '@/lib/untraced-path';

import { CATEGORY_SETTINGS_FILE } from '../category-settings';
import { AUTHORS_FILE } from './authors';
import type { DataFile } from './data-file';
import { PAGE_EXTENSIONS, PAGES_FOLDER, type FixedPageFile } from './fixed-pages';
import { PUBLISHER_FILE } from './publisher';

/** Paths (relative to the content folder) that are site files, not skipped drafts: the checker names the rest. */
export function isSiteFile(relativePath: string): boolean {
  if ([PUBLISHER_FILE, AUTHORS_FILE, CATEGORY_SETTINGS_FILE].includes(relativePath)) return true;
  return (
    relativePath.startsWith(`${PAGES_FOLDER}/`) &&
    PAGE_EXTENSIONS.includes(path.posix.extname(relativePath).toLowerCase())
  );
}

/** A `_data/*.yml` file, or undefined when the folder has none (a personal site). */
export async function readDataFile(directory: string, relativePath: string): Promise<DataFile | undefined> {
  try {
    return { relativePath, source: await readFile(joinPath(directory, relativePath), 'utf8') };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Every page file under `_pages/`, in file order; none without the folder. */
export async function readPageFiles(directory: string): Promise<FixedPageFile[]> {
  const folder = joinPath(directory, PAGES_FOLDER);
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    },
  );
  const relativePaths = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) =>
      path.relative(directory, joinPath(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .filter(isSiteFile)
    .sort();
  return Promise.all(
    relativePaths.map(async (relativePath) => ({
      relativePath,
      source: await readFile(joinPath(directory, relativePath), 'utf8'),
    })),
  );
}
