/**
 * Runs between the content check and `next build` (see `npm run build`): maps every article's old Jekyll
 * addresses to its slug and writes the map where next.config.js inlines it into proxy.ts. It reads the
 * content store the check just wrote (the articles and the Jekyll settings), so no post is read again.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { buildPaths } from '../config/build-paths';
import { siteConfig } from '../config/site';
import { getArchive, getSiteFile } from '../lib/content';
import { jekyllSiteFile } from '../lib/content/site-files';
import { articleAddressRedirects } from '../lib/legacy-urls/proxy-scope';
import { buildRedirectMap } from '../lib/legacy-urls/redirect-map';
import { livePathsOf } from '../lib/legacy-urls/site-paths';

async function main() {
  const started = performance.now();
  const settings = await getSiteFile(jekyllSiteFile);
  if (!settings.ok) {
    console.error(`옛 주소 설정 오류: ${settings.reason}`);
    process.exit(1);
  }
  const archive = await getArchive();
  const { map, skipped } = buildRedirectMap(
    archive.articles,
    settings.site,
    livePathsOf(archive, siteConfig.articlesPerPage),
  );
  for (const entry of skipped)
    console.warn(`옛 주소 ${entry.path} (${entry.sourcePath}) ${entry.reason}: not redirected`);
  const { redirectMapFile: file, articleRedirectsFile } = buildPaths();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(map));
  await writeFile(articleRedirectsFile, JSON.stringify(articleAddressRedirects(map)));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `옛 주소 지도: ${Object.keys(map.paths).length} old addresses → ${archive.articles.length} articles in ${seconds}s (${path.relative(process.cwd(), file)})`,
  );
}

main().catch((error: unknown) => {
  console.error(`옛 주소 지도: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
