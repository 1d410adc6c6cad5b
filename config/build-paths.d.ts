// Types for build-paths.js, which next.config.js requires as CommonJS.
export type BuildPaths = {
  staticExport: boolean;
  buildDir: string;
  exportDir: string;
  distDir: string;
  name: string;
  cacheDir: string;
  storeDir: string;
  tracedStoreDir: string;
  redirectMapFile: string;
  articleRedirectsFile: string;
  searchCacheDir: string;
  searchIndexDir: string;
  searchIndexRoot: string;
  searchIndexUrl: string;
};
export function buildName(buildDir: string): string;
export function buildPaths(env?: Record<string, string | undefined>): BuildPaths;
