/**
 * The content the hostile suite builds (CONTENT_DIR): the unit tests' Jekyll fixture archive, one post per
 * real-archive case, and one post per hostile vector (hostile-posts.ts).
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { HOSTILE_POSTS, postFileText } from './hostile-posts';

const target = path.resolve(process.env.CONTENT_DIR ?? '.next-e2e-hostile-content');

await rm(target, { recursive: true, force: true });
// A fresh log of network requests for this build (e2e/hostile/no-network.mjs).
const networkLog = process.env.NEWSDAO_NETWORK_LOG;
if (networkLog) {
  await rm(networkLog, { force: true });
  await rm(`${networkLog}.processes`, { force: true });
}
await mkdir(path.join(target, 'hostile'), { recursive: true });
await cp('tests/unit/fixtures/jekyll-archive', path.join(target, 'jekyll-archive'), { recursive: true });
for (const post of HOSTILE_POSTS)
  await writeFile(path.join(target, 'hostile', post.fileName), postFileText(post));
console.log(
  `hostile e2e content ready in ${path.relative(process.cwd(), target)}: ${HOSTILE_POSTS.length} hostile posts`,
);
