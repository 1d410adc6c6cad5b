/**
 * `npm run check`: checks every post in the content folder and reports every problem at once.
 *   --format github   print GitHub Actions annotations instead of text lines
 * Exits 1 when any post has an error. `npm run build` runs it first. Files in the folder that are not
 * posts get a warning each; posts dated in the future are held back (named) unless BUILD_FUTURE=1.
 * With NEWSDAO_SKIP_BROKEN_POSTS=1 the posts named in errors are printed, left out of the store, and the
 * rest is built (lib/content/broken-posts.ts).
 */
import path from 'node:path';

import { SKIP_BROKEN_POSTS, skipBrokenPostsFromEnvironment } from '../lib/content/broken-posts';
import { unusedCategorySettings } from '../lib/content/category-settings';
import { contentFingerprint } from '../lib/content/content-store';
import { contentDirectory, readContentFolder } from '../lib/content/post-files';
import { formatReport, type ReportFormat } from '../lib/content/report';
import { authorsFile, categoriesFile, readSiteFiles, siteFileValue } from '../lib/content/site-files';
import { timed } from '../lib/instrumentation/bench-timings';
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
  const skipBrokenPosts = skipBrokenPostsFromEnvironment();
  // Taken before the posts are read: an edit made while the check runs leaves the store stale, and the
  // build then says so instead of building from a store that matches neither version.
  const fingerprint = await Promise.resolve()
    .then(() => contentFingerprint(directory))
    .catch((error: NodeJS.ErrnoException) => {
      console.error(
        `Cannot read the content folder ${directory}: ${error.code ?? error.message}. Set CONTENT_DIR to a folder of posts.`,
      );
      process.exit(1);
    });
  const { posts: files, skipped } = await readContentFolder(directory).catch(
    (error: NodeJS.ErrnoException) => {
      console.error(
        `Cannot read the content folder ${directory}: ${error.code ?? error.message}. Set CONTENT_DIR to a folder of posts.`,
      );
      process.exit(1);
    },
  );
  const checked = await timed('check', async () => {
    const siteFiles = await readSiteFiles(directory);
    const result = await checkWithCache(files, directory, {
      fingerprint,
      siteFiles: siteFiles.values,
      skipBrokenPosts,
      reporters: siteFileValue(siteFiles.values, authorsFile),
    });
    return {
      ...result,
      problems: [...result.problems, ...siteFiles.problems],
      siteFiles: siteFiles.values,
    };
  });
  const { articles, reused, rendered, storeDirectory, leftOut } = checked;
  // Files that are not posts are named too, so nothing in the folder is passed over in silence.
  const usedCategories = new Set(
    articles.flatMap((article) => article.categories.map((category) => category.slug)),
  );
  const problems = [
    ...checked.problems,
    ...skipped,
    ...unusedCategorySettings(siteFileValue(checked.siteFiles, categoriesFile), usedCategories),
  ];
  const report = formatReport(problems, format, path.relative(process.cwd(), directory));
  if (report) console.log(report);
  const leftOutPaths = new Set(leftOut);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  // The errors of posts left out do not stop the build; any other error does.
  const stopping = problems.filter(
    (problem) => problem.severity === 'error' && !leftOutPaths.has(problem.file),
  ).length;
  if (leftOut.length > 0) {
    const note = [
      `${SKIP_BROKEN_POSTS}=1: ${leftOut.length} posts with errors left out of this build (named above), ${articles.length} articles built:`,
      ...leftOut.map((file) => `  ${file}`),
    ].join('\n');
    if (format === 'text') console.log(note);
    else console.error(note);
  }
  const summary =
    `콘텐츠 검사: ${files.length} posts, ${skipped.length} other files, ${articles.length} articles, ${errors} errors${leftOut.length > 0 ? ` (${errors - stopping} in posts left out)` : ''}, ${problems.length - errors} warnings (${directory}); ` +
    `store ${path.relative(process.cwd(), storeDirectory)}: ${reused} reused, ${rendered} rendered`;
  if (format === 'text') console.log(summary);
  else console.error(summary);
  process.exit(stopping > 0 ? 1 : 0);
}

void main();
