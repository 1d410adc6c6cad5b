/**
 * The load measurement every bench script uses, so their requests/s figures compare: autocannon, 10
 * connections, on loopback, and a wait for the server to answer first.
 */
import autocannon from 'autocannon';

export type Load = {
  server: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  total: number;
};

/** Resolves once `url` answers 2xx; throws after `timeoutMs`. */
export async function waitFor(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** `seconds` of load on `url` from 10 connections, summarised. */
export async function measure(server: string, url: string, seconds: number): Promise<Load> {
  const result = await autocannon({ url, connections: 10, duration: seconds, timeout: 5 });
  return {
    server,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    total: result.requests.total,
  };
}
