import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

import { joinPath, resolvePath } from '@/lib/untraced-path';

import { readJekyllSite } from '../legacy-urls/read-jekyll-site';
import type { PostFile } from './article-from-post';
import type { ContentProblem } from './problems';
import { isSiteFile } from './site/read-site-files';

/** File types read as posts: markdown, and HTML bodies as Jekyll allows in `_posts`. */
export const POST_EXTENSIONS = ['.md', '.markdown', '.html', '.htm'];

/** Where posts live: `CONTENT_DIR` when set, else `content/` in the project. */
export function contentDirectory(): string {
  // Read by the check and `next dev` only. The ignores keep Turbopack from tracing the content folder (or
  // the whole project) into every server route: it follows any path.join or resolve it can evaluate.
  const configured = process.env.CONTENT_DIR?.trim();
  return configured ? resolvePath(configured) : joinPath(process.cwd(), 'content');
}

/** Dotfiles and dot-folders (.git, .DS_Store) are the tools', not the editors': they are passed over in silence. */
function isHidden(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('.'));
}

function isReadme(relativePath: string): boolean {
  return /^readme\.(md|markdown|txt)$/i.test(path.posix.basename(relativePath));
}

/** Like Jekyll: `_drafts`, `_includes` and other `_`-prefixed names are never posts. */
function isUnderscored(relativePath: string): boolean {
  return relativePath.split('/').some((part) => part.startsWith('_'));
}

function isPostFile(relativePath: string): boolean {
  return POST_EXTENSIONS.includes(path.posix.extname(relativePath).toLowerCase());
}

async function relativeFilePaths(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path.relative(directory, joinPath(entry.parentPath, entry.name)).split(path.sep).join('/'),
    )
    .sort();
}

/** Files read at once: opening every post of a 50,000-post archive together runs out of file handles. */
const READ_BATCH = 256;

/**
 * The `timezone` of the Jekyll site the importer brought the folder from (it writes `.jekyll.yml`), or
 * undefined for a folder of the site's own posts. A broken settings file stops the read with its reason.
 */
async function jekyllTimeZoneOf(directory: string): Promise<string | undefined> {
  const settings = await readJekyllSite(directory);
  if (!settings.ok) throw new Error(settings.reason);
  return settings.imported ? settings.site.timeZone : undefined;
}

async function readPosts(directory: string, relativePaths: string[]): Promise<PostFile[]> {
  const jekyllTimeZone = await jekyllTimeZoneOf(directory);
  const posts: PostFile[] = [];
  for (let start = 0; start < relativePaths.length; start += READ_BATCH) {
    const batch = relativePaths.slice(start, start + READ_BATCH);
    posts.push(
      ...(await Promise.all(
        batch.map(async (relativePath) => ({
          relativePath,
          source: await readFile(joinPath(directory, relativePath), 'utf8'),
          ...(jekyllTimeZone === undefined ? {} : { jekyllTimeZone }),
        })),
      )),
    );
  }
  return posts;
}

function isPost(relativePath: string): boolean {
  return (
    !isHidden(relativePath) &&
    !isReadme(relativePath) &&
    !isUnderscored(relativePath) &&
    isPostFile(relativePath)
  );
}

/** Absolute paths of every post file under `directory`, without reading them, in a stable order. */
export async function listPostFiles(directory: string): Promise<string[]> {
  return (await relativeFilePaths(directory)).filter(isPost).map((file) => joinPath(directory, file));
}

/** Every post file under `directory`, nested folders included, in a stable order. */
export async function readPostFiles(directory: string): Promise<PostFile[]> {
  return readPosts(directory, (await relativeFilePaths(directory)).filter(isPost));
}

/** Why a file in the content folder is not built, so the checker can name it. */
function skippedFileProblem(relativePath: string): ContentProblem {
  const base = { severity: 'warning' as const, file: relativePath, line: 1, column: 1, field: 'file' };
  if (isUnderscored(relativePath)) {
    return {
      ...base,
      message: 'sits in a folder or has a name starting with _, so it is not built (like Jekyll drafts)',
      hint: 'move it out of the _ folder and give it a date to publish it',
    };
  }
  const extension = path.posix.extname(relativePath).toLowerCase() || 'no extension';
  return {
    ...base,
    message: `is not a post (${extension}): only ${POST_EXTENSIONS.join(', ')} files are built`,
    hint: /\.(jpe?g|png|gif|webp|svg|avif)$/i.test(relativePath)
      ? 'put pictures in public/assets/img/ and link them from a post'
      : 'save it as markdown (.md) with front matter, or move it out of the content folder',
  };
}

/** The posts, plus a warning for every other file an editor put there (hidden files and READMEs aside). */
export async function readContentFolder(
  directory: string,
): Promise<{ posts: PostFile[]; skipped: ContentProblem[] }> {
  // Site files (`_data/publisher.yml`, `_pages/…`) are read and checked by their readers (site-files.ts).
  const paths = (await relativeFilePaths(directory)).filter(
    (file) => !isHidden(file) && !isReadme(file) && !isSiteFile(file),
  );
  // One pass that sorts each file into posts or skipped: a lookup in the list of posts for every file was
  // quadratic (1.5 s of a 4 s check at 10,000 posts, about 40 s at 50,000).
  const postPaths: string[] = [];
  const skipped: ContentProblem[] = [];
  for (const file of paths) {
    if (isPost(file)) postPaths.push(file);
    else skipped.push(skippedFileProblem(file));
  }
  return { posts: await readPosts(directory, postPaths), skipped };
}
