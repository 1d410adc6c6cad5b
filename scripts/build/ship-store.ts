/**
 * The build's "store" step: refreshes the traced copy of the content store (content-store.ts), which
 * next.config.js ships with the routes that render on request. The archive always; the body entries
 * only in large-archive mode (PRERENDER_LATEST), where older articles render on their first request.
 */
import path from 'node:path';

import { buildPaths } from '../../config/build-paths';
import { rendersOnRequest } from '../../config/prerender-setting';
import { publishTracedCopy, readStore, storeDirectory } from '../../lib/content/content-store';

const directory = storeDirectory();
const store = readStore(directory);
if (!store) {
  console.error(`No content store in ${directory}: run \`npm run check\` first.`);
  process.exit(1);
}
const withEntries = rendersOnRequest(process.env);
publishTracedCopy(directory, store.published, withEntries);
console.log(
  `콘텐츠 저장소: ${store.published.length} articles → ${path.relative(process.cwd(), path.resolve(buildPaths().tracedStoreDir))}${withEntries ? ' (with bodies)' : ''}`,
);
