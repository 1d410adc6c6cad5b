/**
 * Runs before `next build` (npm's `prebuild`): maps every article's old Jekyll addresses to its slug and
 * writes the map where next.config.js inlines it into proxy.ts. Posts with errors are left to the
 * content check, which stops the build on its own.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { siteConfig } from '../config/site';
import { buildArchive } from '../lib/content/archive';
import { ContentError } from '../lib/content/problems';
import { contentDirectory, readPostFiles } from '../lib/content/post-files';
import { readJekyllSite } from '../lib/legacy-urls/read-jekyll-site';
import { buildRedirectMap } from '../lib/legacy-urls/redirect-map';
import { redirectMapFile } from '../lib/legacy-urls/redirect-map-file';
import { livePathsOf } from '../lib/legacy-urls/site-paths';

async function main() {
  const directory = contentDirectory();
  const settings = await readJekyllSite(directory);
  if (!settings.ok) {
    console.error(`옛 주소 설정 오류: ${settings.reason}`);
    process.exit(1);
  }
  let archive;
  try {
    archive = buildArchive(await readPostFiles(directory));
  } catch (error) {
    // The content check that `npm run build` runs next names every problem; no map is needed for that.
    if (!(error instanceof ContentError) && (error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    console.error('옛 주소 지도: skipped, the content folder cannot be built (see the content check below).');
    return;
  }
  const { map, skipped } = buildRedirectMap(archive.articles, settings.site, livePathsOf(archive, siteConfig.articlesPerPage));
  for (const entry of skipped) console.warn(`옛 주소 ${entry.path} (${entry.sourcePath}) ${entry.reason}: not redirected`);
  const file = redirectMapFile();
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(map));
  console.log(`옛 주소 지도: ${Object.keys(map).length} old addresses → ${archive.articles.length} articles (${path.relative(process.cwd(), file)})`);
}

void main();
