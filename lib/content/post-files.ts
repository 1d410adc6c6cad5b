import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PostFile } from './article-from-post';

/** File types read as posts. */
export const POST_EXTENSIONS = ['.md', '.markdown'];

/** Where posts live: `CONTENT_DIR` when set, else `content/` in the project. */
export function contentDirectory(): string {
  // Read at build time only; the ignore keeps Turbopack from tracing the whole project into the server bundle.
  return path.resolve(/* turbopackIgnore: true */ process.env.CONTENT_DIR?.trim() || path.join(process.cwd(), 'content'));
}

function isIgnored(name: string): boolean {
  // Like Jekyll: dotfiles and `_`-prefixed names are not posts. README files document the folder.
  return name.startsWith('.') || name.startsWith('_') || /^readme\.(md|markdown)$/i.test(name);
}

/** Every post file under `directory`, nested folders included, in a stable order. */
export async function readPostFiles(directory: string): Promise<PostFile[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && POST_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !path.relative(directory, file).split(path.sep).some(isIgnored))
    .sort();
  return Promise.all(
    files.map(async (file) => ({
      relativePath: path.relative(directory, file).split(path.sep).join('/'),
      source: await readFile(file, 'utf8'),
    })),
  );
}
