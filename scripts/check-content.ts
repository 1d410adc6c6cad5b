/**
 * `npm run check`: checks every post in the content folder and reports every problem at once.
 *   --format github   print GitHub Actions annotations instead of text lines
 * Exits 1 when any post has an error. `npm run build` runs it first.
 */
import path from 'node:path';
import { checkPosts } from '../lib/content/archive';
import { contentDirectory, readPostFiles } from '../lib/content/post-files';
import { formatReport, type ReportFormat } from '../lib/content/report';

function formatFromArgs(args: string[]): ReportFormat {
  const index = args.indexOf('--format');
  const value = index === -1 ? args.find((arg) => arg.startsWith('--format='))?.slice('--format='.length) : args[index + 1];
  if (value === undefined || value === 'text') return 'text';
  if (value === 'github') return 'github';
  console.error(`Unknown --format "${value}": use text or github.`);
  process.exit(2);
}

async function main() {
  const format = formatFromArgs(process.argv.slice(2));
  const directory = contentDirectory();
  const files = await readPostFiles(directory).catch((error: NodeJS.ErrnoException) => {
    console.error(`Cannot read the content folder ${directory}: ${error.code ?? error.message}. Set CONTENT_DIR to a folder of posts.`);
    process.exit(1);
  });
  const { articles, problems } = checkPosts(files);
  const report = formatReport(problems, format, path.relative(process.cwd(), directory));
  if (report) console.log(report);
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const summary = `콘텐츠 검사: ${files.length} files, ${articles.length} articles, ${errors} errors, ${problems.length - errors} warnings (${directory})`;
  if (format === 'text') console.log(summary);
  else console.error(summary);
  process.exit(errors > 0 ? 1 : 0);
}

void main();
