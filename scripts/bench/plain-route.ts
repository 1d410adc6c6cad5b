/**
 * The comparison `serve-load.ts` makes for `next start`: a plain Next app with one route that answers with
 * the same article HTML and the same headers (the site's config/security-headers.js, applied the way the
 * site's next.config.js applies them), built with this repository's installed next in a scratch folder.
 * Whatever it costs per request is Next's own floor for that page; the site should come within 10 % of it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { runStep } from './build-steps';
import { linkNodeModules } from './fresh-tree';

/** Where the site's next.config.js applies its security headers; the plain route uses the same. */
export const HEADERS_SOURCE = '/(.*)';

export async function buildPlainRoute(
  projectRoot: string,
  folder: string,
  articlePath: string,
  html: string,
): Promise<void> {
  rmSync(folder, { recursive: true, force: true });
  const routeDir = path.join(
    folder,
    'app',
    ...articlePath.split('/').filter(Boolean).map(decodeURIComponent),
  );
  mkdirSync(routeDir, { recursive: true });
  writeFileSync(path.join(folder, 'article.html'), html);
  writeFileSync(
    path.join(folder, 'next.config.js'),
    `const { securityHeaders } = require(${JSON.stringify(path.join(projectRoot, 'config', 'security-headers.js'))});
module.exports = {
  poweredByHeader: false,
  async headers() {
    return [{ source: ${JSON.stringify(HEADERS_SOURCE)}, headers: securityHeaders(false) }];
  },
};
`,
  );
  writeFileSync(
    path.join(routeDir, 'route.js'),
    `import { readFileSync } from 'node:fs';
import path from 'node:path';

export const dynamic = 'force-static';

export function GET() {
  const html = readFileSync(path.join(process.cwd(), 'article.html'), 'utf8');
  return new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } });
}
`,
  );
  writeFileSync(path.join(folder, 'package.json'), '{ "name": "newsdao-plain-route", "private": true }\n');
  linkNodeModules(projectRoot, folder);
  await runStep('next build', folder, { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NEXT_DIST_DIR: '' });
}
