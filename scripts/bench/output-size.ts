/** What a build wrote: its pages (HTML files) and the bytes of its output, caches left out. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export type Output = { pages: number; bytes: number };

function filesUnder(directory: string): { path: string; size: number }[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { path: file, size: statSync(file).size };
    });
}

/**
 * `pagesDir` holds the HTML pages (`<dist>/server/app` for `next build`, the site folder for an export or
 * Jekyll); `outputDir` is everything the build wrote, of which `<outputDir>/cache` is left out.
 */
export function outputOf(pagesDir: string, outputDir: string): Output {
  const pages = filesUnder(pagesDir).filter((file) => file.path.endsWith('.html')).length;
  const bytes = filesUnder(outputDir)
    .filter((file) => !path.relative(outputDir, file.path).startsWith(`cache${path.sep}`))
    .reduce((sum, file) => sum + file.size, 0);
  return { pages, bytes };
}
