// A plain file server, for trying the static export and for its e2e tests: it does what GitHub Pages
// and a usual nginx do (`try_files $uri $uri.html $uri/index.html`, `error_page 404 /404.html`) and
// nothing more — no rewrites, no redirects, no headers beyond the content type.
//   node scripts/serve-static.mjs [folder=out] [--port 8080]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const args = process.argv.slice(2);
const portFlag = args.indexOf('--port');
const port = Number(portFlag === -1 ? (process.env.PORT ?? 8080) : args[portFlag + 1]);
const root = path.resolve(
  args.find((arg, index) => !arg.startsWith('--') && index !== portFlag + 1) ?? 'out',
);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

async function fileAt(candidate) {
  if (!candidate.startsWith(root)) return undefined;
  const info = await stat(candidate).catch(() => undefined);
  return info?.isFile() ? candidate : undefined;
}

async function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const base = path.join(root, path.normalize(decoded));
  return (
    (await fileAt(base)) ??
    (await fileAt(`${base.replace(/\/$/, '')}.html`)) ??
    (await fileAt(path.join(base, 'index.html')))
  );
}

function send(response, status, file) {
  response.writeHead(status, {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
}

createServer(async (request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = await resolve(urlPath);
  if (file) return send(response, 200, file);
  const notFound = await fileAt(path.join(root, '404.html'));
  if (notFound) return send(response, 404, notFound);
  response.writeHead(404).end('not found');
}).listen(port, '127.0.0.1', () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
