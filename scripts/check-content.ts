/**
 * `npm run check`: checks every post in the content folder and reports every problem at once.
 *   --format github   print GitHub Actions annotations instead of text lines
 * Exits 1 when any post has an error. `npm run build` runs it first. Files in the folder that are not
 * posts get a warning each; posts dated in the future are held back (named) unless BUILD_FUTURE=1.
 */
import path from 'node:path';

import { recordTiming } from '../lib/content/post-cache';
import { contentDirectory, readContentFolder } from '../lib/content/post-files';
import { formatReport, type ReportFormat } from '../lib/content/report';
import { checkWithCache } from './content-cache/check-with-cache';

function formatFromArgs(args: string[]): ReportFormat {
  const index = args.indexOf('--format');
  const value =
    index === -1
      ? args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length)
      : args[index + 1];
  if (value === undefined || value === 'text') return 'text';
  if (value === 'github') return 'github';
  console.error(`Unknown --format "${value}": use text or github.`);
  process.exit(2);
}

async function main() {
  const format = formatFromArgs(process.argv.slice(2));
  const directory = contentDirectory();
  const { posts: files, skipped } = await readContentFolder(directory).catch(
    (error: NodeJS.ErrnoException) => {
      console.error(
        `Cannot read the content folder ${directory}: ${error.code ?? error.message}. Set CONTENT_DIR to a folder of posts.`,
      );
      process.exit(1);
    },
  );
  const started = performance.now();
  const checked = await checkWithCache(files, directory);
  const { articles, reused, rendered, cacheDirectory } = checked;
  // Files that are not posts are named too, so nothing in the folder is passed over in silence.
  const problems = [...checked.problems, ...skipped];
  recordTiming('check', performance.now() - started);
  const report = formatReport(problems, format, path.relative(process.cwd(), directory));
  if (report) console.log(report);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const summary =
    `콘텐츠 검사: ${files.length} posts, ${skipped.length} other files, ${articles.length} articles, ${errors} errors, ${problems.length - errors} warnings (${directory}); ` +
    `cache ${path.relative(process.cwd(), cacheDirectory)}: ${reused} reused, ${rendered} rendered`;
  if (format === 'text') console.log(summary);
  else console.error(summary);
  process.exit(errors > 0 ? 1 : 0);
}

void main();
