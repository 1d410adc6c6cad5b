/**
 * `npm run import:jekyll -- <path-to-jekyll-site> [--repair]`: brings the site's `_posts` into the
 * content folder (CONTENT_DIR or content/), the files they point at into public/, and prints a report.
 * `--repair` mends front matter no parser reads in the copies, where it has one safe reading.
 * Exits 1 only when nothing could be imported.
 */
import path from 'node:path';

import { contentDirectory } from '../lib/content/post-files';
import { formatImportReport } from '../lib/jekyll-import/import-report';
import { importJekyllSite } from '../lib/jekyll-import/import-site';

async function main() {
  const args = process.argv.slice(2);
  const sitePath = args.find((arg) => !arg.startsWith('--'));
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--repair');
  if (unknown.length > 0) {
    console.error(`알 수 없는 옵션 unknown option ${unknown.join(' ')}: the one option is --repair`);
    process.exit(2);
  }
  if (!sitePath) {
    console.error(
      '사용법: npm run import:jekyll -- <Jekyll 사이트 폴더> [--repair]   (the folder with _config.yml and _posts/)',
    );
    process.exit(2);
  }
  try {
    const report = await importJekyllSite({
      sitePath: path.resolve(sitePath),
      contentDir: contentDirectory(),
      publicDir: path.resolve('public'),
      repair: args.includes('--repair'),
    });
    console.log(formatImportReport(report));
  } catch (error) {
    console.error(`가져오기 실패: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

void main();
