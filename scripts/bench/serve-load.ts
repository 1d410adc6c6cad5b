/**
 * Requests per second for one article page, on loopback only, for 10 s with autocannon: first from
 * `next start`, then the same HTML with the same headers from a plain Next route (plain-route.ts, built in
 * the same run), then the same page as a plain file from nginx (or, without nginx, Node's own file server).
 *
 *   tsx scripts/bench/serve-load.ts --dist .next-bench-1000 --path /articles/<slug> [--static <folder>]
 *     [--cwd <built tree>] [--runs 3]
 *
 * `--static` is the static export (out/) when there is one; by default the prerendered HTML in
 * <dist>/server/app is served, which is the same page as a file.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { measure, waitFor, type Load } from './http-load';
import { buildPlainRoute } from './plain-route';

const projectRoot = path.resolve(__dirname, '..', '..');
const HOST = '127.0.0.1';

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** The file a static host would answer with for a clean URL, as nginx's try_files does below. */
function staticFileFor(root: string, urlPath: string): string | undefined {
  const clean = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  return [clean, `${clean}.html`, path.join(clean, 'index.html')]
    .map((candidate) => path.join(root, candidate))
    .find((file) => file.startsWith(root) && existsSync(file) && !file.endsWith('/'));
}

async function serveStatic(
  root: string,
  port: number,
): Promise<{ name: string; close: () => Promise<void> }> {
  if (existsSync('/usr/sbin/nginx')) {
    const scratch = mkdtempSync(path.join(tmpdir(), 'newsdao-nginx-'));
    const config = `daemon off; worker_processes auto; pid ${scratch}/nginx.pid; error_log ${scratch}/error.log;
events { worker_connections 1024; }
http { access_log off; sendfile on; include /etc/nginx/mime.types; default_type text/html; gzip on; gzip_types text/html text/css application/javascript;
  client_body_temp_path ${scratch}; proxy_temp_path ${scratch}; fastcgi_temp_path ${scratch}; uwsgi_temp_path ${scratch}; scgi_temp_path ${scratch};
  server { listen ${HOST}:${port}; root ${root}; location / { try_files $uri $uri.html $uri/index.html =404; } } }`;
    writeFileSync(path.join(scratch, 'nginx.conf'), config);
    const child = spawn('/usr/sbin/nginx', ['-c', path.join(scratch, 'nginx.conf'), '-p', scratch], {
      stdio: 'inherit',
    });
    return {
      name: 'nginx (static file)',
      close: async () => {
        await stop(child);
        rmSync(scratch, { recursive: true, force: true });
      },
    };
  }
  const server = createServer((request, response) => {
    const file = staticFileFor(root, request.url ?? '/');
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, HOST, resolve));
  return {
    name: 'node:http (static file; nginx not installed)',
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      dist: { type: 'string', default: '.next' },
      path: { type: 'string' },
      static: { type: 'string' },
      port: { type: 'string', default: '3402' },
      seconds: { type: 'string', default: '10' },
      cwd: { type: 'string' },
      runs: { type: 'string', default: '1' },
    },
  });
  if (!values.path) throw new Error('--path /articles/<slug> is required');
  const port = Number(values.port);
  const seconds = Math.min(30, Number(values.seconds) || 10);
  const results: Load[] = [];
  const runs = Math.max(1, Number(values.runs) || 1);
  const tree = path.resolve(values.cwd ?? projectRoot);
  const articlePath = values.path;

  /** `runs` measurements of `next start` in `cwd`, alternating servers is left to the caller. */
  const underNextStart = async (name: string, cwd: string, env: Record<string, string>, urlPath: string) => {
    const server = spawn(
      path.join(cwd, 'node_modules', '.bin', 'next'),
      ['start', '-H', HOST, '-p', String(port)],
      {
        cwd,
        env: { ...process.env, ...env, NODE_ENV: 'production' },
        stdio: 'ignore',
      },
    );
    try {
      const url = `http://${HOST}:${port}${urlPath}`;
      await waitFor(url);
      const page = await fetch(url);
      const html = await page.text();
      const headers = [...page.headers.keys()].filter(
        (key) => !['date', 'connection', 'keep-alive'].includes(key),
      );
      await measure('warm-up', url, 2);
      const loads: Load[] = [];
      for (let run = 0; run < runs; run += 1) loads.push(await measure(name, url, seconds));
      return { html, headers, loads };
    } finally {
      await stop(server);
    }
  };

  const ours = await underNextStart(
    'next start (the site)',
    tree,
    { NEXT_DIST_DIR: values.dist },
    articlePath,
  );
  const plainFolder = path.join(tmpdir(), 'newsdao-plain-route');
  await buildPlainRoute(projectRoot, plainFolder, articlePath, ours.html);
  const plain = await underNextStart(
    'next start (plain route, same HTML and headers)',
    plainFolder,
    { NEXT_DIST_DIR: '' },
    articlePath,
  );
  rmSync(plainFolder, { recursive: true, force: true });
  const summary = (loads: Load[]): Load => {
    const middle = (get: (load: Load) => number) =>
      [...loads.map(get)].sort((a, b) => a - b)[Math.floor(loads.length / 2)] ?? Number.NaN;
    const first = loads[0] as Load;
    return {
      ...first,
      requestsPerSecond: middle((load) => load.requestsPerSecond),
      p50: middle((load) => load.p50),
      p99: middle((load) => load.p99),
      errors: loads.reduce((sum, load) => sum + load.errors, 0),
      non2xx: loads.reduce((sum, load) => sum + load.non2xx, 0),
      total: loads.reduce((sum, load) => sum + load.total, 0),
    };
  };
  results.push(summary(ours.loads), summary(plain.loads));
  console.log(`headers, the site: ${ours.headers.sort().join(', ')}`);
  console.log(`headers, plain route: ${plain.headers.sort().join(', ')}`);
  console.log(
    `HTML: ${(Buffer.byteLength(ours.html) / 1024).toFixed(1)} KB; site / plain route requests/s: ${((results[0]?.requestsPerSecond ?? 0) / (results[1]?.requestsPerSecond ?? 1)).toFixed(2)}`,
  );

  const root = path.resolve(tree, values.static ?? path.join(values.dist, 'server', 'app'));
  const fileServer = await serveStatic(root, port + 1);
  try {
    const url = `http://${HOST}:${port + 1}${values.path}`;
    await waitFor(url);
    results.push(await measure(fileServer.name, url, seconds));
  } finally {
    await fileServer.close();
  }

  console.log(
    `\nGET ${values.path}, 10 connections, ${seconds} s × ${runs} (medians), ${HOST}; static files from ${root}`,
  );
  console.log('| server | requests/s | p50 ms | p99 ms | errors | non-2xx | requests |');
  console.log('|---|---|---|---|---|---|---|');
  for (const load of results) {
    console.log(
      `| ${load.server} | ${Math.round(load.requestsPerSecond).toLocaleString('en')} | ${load.p50} | ${load.p99} | ${load.errors} | ${load.non2xx} | ${load.total.toLocaleString('en')} |`,
    );
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
