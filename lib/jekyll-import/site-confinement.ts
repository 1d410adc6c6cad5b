/**
 * The importer copies only what Jekyll itself would publish from inside the site folder: no path with a
 * `_` or `.` segment (`_config.yml`, `_drafts/`, `.env`, `.git/`), no symbolic link anywhere on the way
 * (a link to `/` or to a secret file stays behind), and nothing whose real path leaves the site. Each
 * refusal says why, for the import report.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

export type SiteFile = { ok: true; file: string } | { ok: false; missing: boolean; reason: string };

/** Why Jekyll would not publish this root-relative path, or undefined when it would. */
export function unpublishedSegment(relativePath: string): string | undefined {
  const segment = relativePath.split('/').find((part) => part.startsWith('_') || part.startsWith('.'));
  return segment === undefined
    ? undefined
    : `${segment} starts with "${segment.charAt(0)}", and Jekyll never publishes such paths; not copied`;
}

const isInside = (root: string, file: string) => file.startsWith(root + path.sep);

/**
 * The file at `relativePath` (root-relative, `/` separated) inside the site whose real path is
 * `siteRoot`, checked segment by segment without following a link.
 */
export async function confinedSiteFile(siteRoot: string, relativePath: string): Promise<SiteFile> {
  const unpublished = unpublishedSegment(relativePath);
  if (unpublished) return { ok: false, missing: false, reason: unpublished };
  return confinedFile(siteRoot, relativePath);
}

/**
 * The same walk for the site's own files that Jekyll reads but never publishes (`_pages/about.md`,
 * `_data/authors.yml`): a `_` segment is allowed, a link or a real path outside the site is not.
 */
export async function confinedFile(siteRoot: string, relativePath: string): Promise<SiteFile> {
  const segments = relativePath.split('/').filter((part) => part !== '');
  let current = siteRoot;
  for (const [index, segment] of segments.entries()) {
    current = path.join(current, segment);
    const stats = await lstat(current).catch(() => undefined);
    if (!stats) return { ok: false, missing: true, reason: `the Jekyll site has no ${relativePath}` };
    if (stats.isSymbolicLink())
      return {
        ok: false,
        missing: false,
        reason: `${segments.slice(0, index + 1).join('/')} is a symbolic link, which the importer never follows; put the file itself in the site to bring it`,
      };
    const last = index === segments.length - 1;
    if (last ? !stats.isFile() : !stats.isDirectory())
      return { ok: false, missing: true, reason: `the Jekyll site has no file ${relativePath}` };
  }
  const real = await realpath(current);
  if (!isInside(siteRoot, real))
    return { ok: false, missing: false, reason: `${relativePath} is outside the site folder; not copied` };
  return { ok: true, file: current };
}

/** The site folder's real path, and its `_posts` folder when that is a real folder inside it. */
export async function confinedPostsFolder(
  sitePath: string,
): Promise<{ siteRoot: string; postsDir: string | undefined; reason?: string }> {
  const siteRoot = await realpath(sitePath).catch(() => path.resolve(sitePath));
  const postsDir = path.join(siteRoot, '_posts');
  const stats = await lstat(postsDir).catch(() => undefined);
  if (!stats) return { siteRoot, postsDir: undefined };
  if (stats.isSymbolicLink())
    return {
      siteRoot,
      postsDir: undefined,
      reason: `${postsDir} is a symbolic link, which the importer never follows: make _posts a real folder of the site`,
    };
  return { siteRoot, postsDir: stats.isDirectory() ? postsDir : undefined };
}
