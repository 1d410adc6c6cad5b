import path from 'node:path';

/**
 * Where the build keeps its redirect map: beside the build folder, in a folder `next build` does not
 * empty, one file per build folder so side-by-side builds never share one. next.config.js reads the
 * same place (`config/legacy-redirects.js`).
 */
export function redirectMapFile(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return mapFile(distDir, '.json');
}

/** The old addresses next.config.js turns into redirects (see proxy-scope.ts), beside the whole map. */
export function articleAddressMapFile(distDir = process.env.NEXT_DIST_DIR || '.next'): string {
  return mapFile(distDir, '.articles.json');
}

function mapFile(distDir: string, suffix: string): string {
  return path.resolve('.next-legacy-redirects', `${path.basename(distDir)}${suffix}`);
}
