/**
 * `npm run import:jekyll -- <path-to-jekyll-site>`: brings the site's `_posts` into the content folder
 * (CONTENT_DIR or content/), the files they point at into public/, and prints a report.
 * Exits 1 only when nothing could be imported.
 */
import path from 'node:path';

import { contentDirectory } from '../lib/content/post-files';
import { formatImportReport } from '../lib/jekyll-import/import-report';
import { importJekyllSite } from '../lib/jekyll-import/import-site';

async function main() {
  const sitePath = process.argv.slice(2).find((arg) => !arg.startsWith('--'));
  if (!sitePath) {
    console.error(
      '사용법: npm run import:jekyll -- <Jekyll 사이트 폴더>   (the folder with _config.yml and _posts/)',
    );
    process.exit(2);
  }
  try {
    const report = await importJekyllSite({
      sitePath: path.resolve(sitePath),
      contentDir: contentDirectory(),
      publicDir: path.resolve('public'),
    });
    console.log(formatImportReport(report));
  } catch (error) {
    console.error(`가져오기 실패: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
