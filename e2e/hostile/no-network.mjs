/**
 * Preloaded (NODE_OPTIONS=--import) into every process of the hostile suite's build and server: a
 * fetch to anywhere but this machine is refused and written to NEWSDAO_NETWORK_LOG, which
 * og-images.hostile.ts expects to stay empty. The build must never reach the network (issue 13: an
 * emoji or Hanja title once made the OG renderer fetch fonts from CDNs, failing offline, leaking titles).
 */
import { appendFileSync } from 'node:fs';

const log = process.env.NEWSDAO_NETWORK_LOG;
const localFetch = globalThis.fetch;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

if (log && localFetch) {
  // Which processes were guarded, so the spec knows the preload reached the build's workers.
  appendFileSync(`${log}.processes`, `${process.pid} ${process.argv.slice(1).join(' ')}\n`);
  globalThis.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    let local = false;
    try {
      const { protocol, hostname } = new URL(url);
      local =
        protocol === 'data:' || protocol === 'file:' || protocol === 'blob:' || LOCAL_HOSTS.has(hostname);
    } catch {
      local = true; // a relative URL: Next's own, on this server
    }
    if (local) return localFetch(input, init);
    appendFileSync(log, `${process.pid} ${url}\n`);
    return Promise.reject(new Error(`the hostile build may not reach the network: ${url}`));
  };
}
