/**
 * What `next start` spends per request on our security headers before sending them: Next's router runs
 * every header value through `compileNonPath` (a path-to-regexp compile) whenever the matched `headers()`
 * source yielded named params, and sends them as written when it yielded none (resolve-routes.js).
 * Measures both in one process, in-process only (no server, no network): microseconds per request.
 *
 *   npx tsx scripts/bench/header-compile.ts [--requests 20000]
 */
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

import { operatorSettingsFrom } from '../../config/operator-settings';
import { securityHeaders } from '../../config/security-headers';

const requireFromNext = createRequire(require.resolve('next/package.json'));
const { compileNonPath } = requireFromNext('./dist/shared/lib/router/utils/prepare-destination.js') as {
  compileNonPath: (value: string, params: Record<string, unknown>) => string;
};

const { values } = parseArgs({ options: { requests: { type: 'string', default: '20000' } } });
const requests = Number(values.requests);
const headers = securityHeaders(operatorSettingsFrom({}), false);

/** One request's header step, as resolve-routes.js runs it for a route whose match gave `params`. */
function headerStep(params: Record<string, unknown>): number {
  const hasParams = Object.keys(params).length > 0;
  let length = 0;
  for (const { key, value } of headers) {
    length += (hasParams ? compileNonPath(key, params) : key).length;
    length += (hasParams ? compileNonPath(value, params) : value).length;
  }
  return length;
}

function microsecondsPerRequest(params: Record<string, unknown>): number {
  let sink = 0;
  for (let i = 0; i < 2000; i += 1) sink += headerStep(params); // warm-up
  const started = process.hrtime.bigint();
  for (let i = 0; i < requests; i += 1) sink += headerStep(params);
  const elapsed = Number(process.hrtime.bigint() - started) / 1000;
  if (sink === 0) throw new Error('no headers');
  return elapsed / requests;
}

// `/:path*` matching /articles/x gives { path: ['articles', 'x'] }; `/(.*)` gives no named params.
const named = microsecondsPerRequest({ path: ['articles', 'x'] });
const unnamed = microsecondsPerRequest({});
const sameText = headers.every(({ key, value }) => compileNonPath(value, { path: ['a'] }) === value && key);
console.log(
  `headers: ${headers.length}; values with ':': ${headers.filter((h) => h.value.includes(':')).length}`,
);
console.log(`source '/:path*' (named param): ${named.toFixed(2)} µs per request`);
console.log(`source '/(.*)'   (no params):   ${unnamed.toFixed(2)} µs per request`);
console.log(`compiled values identical to the written ones: ${sameText}`);
