/**
 * The archive under `next dev`: read from the content folder on every request, so an edit shows on
 * reload, but only the posts whose text changed since the last request are rendered again; the others'
 * results are kept in this process. No content store is involved.
 */
import { buildArchive, type Archive } from './archive';
import { articleFromPost, type PostFile, type PostResult } from './article-from-post';
import { categoryNamesOf } from './category-settings';
import { contentDirectory, readPostFiles } from './post-files';
import { categoriesFile } from './site-files';
import type { Article } from './types';

declare global {
  // Shared through globalThis: Next bundles this module into several route chunks.
  var newsdaoDevResults: Map<string, PostResult> | undefined;
}

const textKey = (file: PostFile) => `${file.relativePath}\0${file.source}`;

export async function devArchive(): Promise<Archive<Article>> {
  const files = await readPostFiles(contentDirectory());
  const names = categoryNamesOf((await categoriesFile.read(contentDirectory())).value);
  const previous = globalThis.newsdaoDevResults ?? new Map<string, PostResult>();
  const current = new Map<string, PostResult>();
  const archive = buildArchive(
    files,
    (file) => {
      const key = textKey(file);
      const result = previous.get(key) ?? articleFromPost(file);
      current.set(key, result);
      return result;
    },
    names,
  );
  // Only the posts still in the folder are kept, so deleted and edited versions do not pile up.
  globalThis.newsdaoDevResults = current;
  return archive;
}
