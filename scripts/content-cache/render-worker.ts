/**
 * One thread of the check step's render pool: checks and renders the posts it is sent, stores each
 * result in the content cache, and answers with the serialised results.
 */
import { parentPort, workerData } from 'node:worker_threads';

import { articleFromPost, type PostFile } from '../../lib/content/article-from-post';
import { summaryOf, writeEntry } from '../../lib/content/content-store';
import { serialise } from '../../lib/content/store/serialise';
import { READY } from '../worker-pool/budgeted-pool';

type Job = { file: PostFile; key: string };

const directory: unknown = workerData;
if (typeof directory !== 'string' || !parentPort)
  throw new Error('render-worker runs inside the check step only');
const port = parentPort;

port.on('message', (jobs: Job[]) => {
  const results = jobs.map(({ file, key }) => {
    const result = articleFromPost(file);
    writeEntry(directory, key, result);
    // Light: the trees are in the entry just written; the check step only needs the rest.
    return serialise(summaryOf(result));
  });
  port.postMessage(results);
});
port.postMessage(READY);
