/**
 * The archive as build workers and the server load it: from the manifest the check step wrote, with each
 * article's rendered trees read from its cache entry when a page first touches them. A worker thus holds
 * light records for the whole archive and trees only for the few pages it is rendering.
 */
import path from 'node:path';
import { buildArchive, type Archive } from './archive';
import { listPostFiles } from './post-files';
import { cachedTreeLoader, manifestMatchesFolder, readableCacheDirectory, readManifest, recordTiming } from './post-cache';

async function postPaths(contentDirectory: string): Promise<string[] | undefined> {
  try {
    return (await listPostFiles(contentDirectory)).map((file) => path.relative(contentDirectory, file).split(path.sep).join('/'));
  } catch {
    // No content folder (a deployed server function carries only the cache): the manifest is the archive.
    return undefined;
  }
}

/**
 * The archive from the cache, or undefined when there is no manifest for this content folder or a post
 * changed since it was written; the caller then reads and renders the posts itself.
 */
export async function archiveFromCache(contentDirectory: string): Promise<Archive | undefined> {
  const started = performance.now();
  const directory = readableCacheDirectory();
  const manifest = readManifest(directory, cachedTreeLoader(directory));
  if (!manifest) return undefined;
  // A build checks the manifest against the folder it builds from. A running server serves the archive
  // its build was made from, as it does its prerendered pages, wherever CONTENT_DIR points now.
  if (process.env.NEXT_PHASE === 'phase-production-build') {
    const paths = await postPaths(contentDirectory);
    if (paths && !manifestMatchesFolder(manifest, paths, contentDirectory)) return undefined;
  }
  const byPath = new Map(manifest.entries.map((entry, index) => [entry.relativePath, manifest.results[index]]));
  const archive = buildArchive(
    manifest.entries.map((entry) => ({ relativePath: entry.relativePath, source: '' })),
    (file) => byPath.get(file.relativePath) ?? { article: undefined, problems: [] },
  );
  recordTiming('load', performance.now() - started);
  return archive;
}

