/**
 * Requests per second for one article page, on loopback only, for 10 s with autocannon: first from
 * `next start`, then the same page as a plain file from nginx (or, without nginx, Node's own file server).
 *
 *   tsx scripts/bench/serve-load.ts --dist .next-bench-1000 --path /articles/<slug> [--static <folder>]
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
    },
  });
  if (!values.path) throw new Error('--path /articles/<slug> is required');
  const port = Number(values.port);
  const seconds = Math.min(30, Number(values.seconds) || 10);
  const results: Load[] = [];

  const next = spawn(
    path.join(projectRoot, 'node_modules', '.bin', 'next'),
    ['start', '-H', HOST, '-p', String(port)],
    {
      cwd: projectRoot,
      env: { ...process.env, NEXT_DIST_DIR: values.dist, NODE_ENV: 'production' },
      stdio: 'ignore',
    },
  );
  try {
    const url = `http://${HOST}:${port}${values.path}`;
    await waitFor(url);
    await measure('warm-up', url, 2);
    results.push(await measure('next start', url, seconds));
  } finally {
    await stop(next);
  }

  const root = path.resolve(projectRoot, values.static ?? path.join(values.dist, 'server', 'app'));
  const fileServer = await serveStatic(root, port + 1);
  try {
    const url = `http://${HOST}:${port + 1}${values.path}`;
    await waitFor(url);
    results.push(await measure(fileServer.name, url, seconds));
  } finally {
    await fileServer.close();
  }

  console.log(
    `\nGET ${values.path}, 10 connections, ${seconds} s, ${HOST}; static files from ${path.relative(projectRoot, root)}`,
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
