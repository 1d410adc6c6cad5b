/**
 * The second half of `scripts/check-vercel-build.sh`, run in the scratch copy after `vercel build`:
 * reads the store the build's check wrote, works out the mode Vercel got and checks `.vercel/output`
 * against it (scripts/build/vercel-output.ts).
 *   tsx scripts/check-vercel-output.ts <vercel build's log>
 */
import { readFileSync } from 'node:fs';

import { buildPaths } from '../config/build-paths';
import { entryFile, publishedSummaries, readStore, storeDirectory } from '../lib/content/content-store';
import { expectedArticles, vercelOutputProblems } from './build/vercel-output';

const logFile = process.argv[2];
if (!logFile) throw new Error('usage: tsx scripts/check-vercel-output.ts <vercel build log>');
const store = readStore(storeDirectory());
if (!store) {
  console.error(`FAIL: no content store in ${storeDirectory()}: the build's check did not run`);
  process.exit(1);
}
const { summaries, keys } = publishedSummaries(store);
const published = summaries.map((article) => ({
  slug: article.slug,
  title: article.title,
  key: keys.get(article.slug) ?? '',
}));
const expected = expectedArticles(process.env, published);
const problems = vercelOutputProblems(
  '.vercel/output',
  expected,
  readFileSync(logFile, 'utf8'),
  buildPaths().tracedStoreDir,
  entryFile,
);
console.log(`mode Vercel got: ${expected.explanation.replace(/^npm run build: /, '')}`);
if (problems.length > 0) {
  for (const problem of problems) console.error(`FAIL: ${problem}`);
  process.exit(1);
}
console.log(
  `OK: .vercel/output (version 3), ${expected.prerendered.length} article page(s) prerendered` +
    (expected.onRequest.length > 0
      ? `, ${expected.onRequest.length} rendered on request by articles/[slug].func with the store's copy and their bodies`
      : '') +
    ', proxy function, security headers',
);
