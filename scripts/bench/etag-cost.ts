/**
 * What `next start` spends per request on the ETag (`generateEtags`, on by default) before sending a page:
 * send-payload.js hashes the whole response text (FNV-1a, `generateETag`) and runs `fresh` against the
 * request's `If-None-Match`, on every response, cached ones included. Measured in one process on a built
 * article's HTML, beside what every response costs anyway (the byte length Next takes for
 * Content-Length and the UTF-8 encoding `res.end` does): CPU microseconds per request (this process's
 * user + system time, so other work on a shared machine does not count), the median of 5 rounds.
 *
 *   npx tsx scripts/bench/etag-cost.ts --html <dist>/server/app/articles/<slug>.html [--requests 2000]
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const requireFromNext = createRequire(require.resolve('next/package.json'));
const { generateETag } = requireFromNext('./dist/server/lib/etag.js') as {
  generateETag: (payload: string, weak?: boolean) => string;
};
const fresh = requireFromNext('./dist/compiled/fresh') as (
  requestHeaders: Record<string, string | undefined>,
  responseHeaders: Record<string, string>,
) => boolean;

const { values } = parseArgs({
  options: { html: { type: 'string' }, requests: { type: 'string', default: '2000' } },
});
if (!values.html) throw new Error('usage: etag-cost.ts --html <a built article .html>');
const html = readFileSync(values.html, 'utf8');
const requests = Number(values.requests);

function microsecondsPerRequest(step: () => number): number {
  let sink = 0;
  for (let i = 0; i < 500; i += 1) sink += step(); // warm-up
  const rounds: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const started = process.cpuUsage();
    for (let i = 0; i < requests; i += 1) sink += step();
    const used = process.cpuUsage(started);
    rounds.push((used.user + used.system) / requests);
  }
  if (sink === 0) throw new Error('nothing measured');
  return rounds.sort((a, b) => a - b)[2] ?? Number.NaN;
}

const etag = generateETag(html);
const plainRequest = { 'cache-control': undefined, 'if-none-match': undefined };
const revalidation = { 'cache-control': undefined, 'if-none-match': etag };
const figures = {
  'ETag, a plain request (hash + fresh, then 200)': microsecondsPerRequest(() => {
    const tag = generateETag(html);
    return tag.length + (fresh(plainRequest, { etag: tag }) ? 0 : 1);
  }),
  'ETag hash alone': microsecondsPerRequest(() => generateETag(html).length),
  'ETag, a revalidation (hash + fresh, then 304)': microsecondsPerRequest(() => {
    const tag = generateETag(html);
    return tag.length + (fresh(revalidation, { etag: tag }) ? 1 : 0);
  }),
  'Content-Length (Buffer.byteLength), done anyway': microsecondsPerRequest(() => Buffer.byteLength(html)),
  'UTF-8 encoding for res.end, done anyway': microsecondsPerRequest(() => Buffer.from(html, 'utf8').length),
};
console.log(
  `${values.html}: ${html.length.toLocaleString('en')} characters, ${Buffer.byteLength(html).toLocaleString('en')} bytes; ETag ${etag}`,
);
for (const [name, value] of Object.entries(figures)) console.log(`${name}: ${value.toFixed(1)} µs`);
console.log(`a revalidation with the ETag answers 304: ${fresh(revalidation, { etag })}`);
