/**
 * Which article pages a build of the operators suite wrote, from the build's own prerender manifest,
 * and an article the listings reach past the newest few (the second listing page's last article).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { APIRequestContext } from '@playwright/test';

/** The build folder of the operators server on this port (playwright.operators.config.ts). */
function distDirFor(baseURL: string, name: 'all' | 'none'): string {
  return path.resolve(`.next-e2e-operators-${name}-${new URL(baseURL).port}`);
}

/** The article paths the build prerendered, decoded. */
export function prerenderedArticles(baseURL: string, name: 'all' | 'none'): Set<string> {
  const manifest = JSON.parse(
    readFileSync(path.join(distDirFor(baseURL, name), 'prerender-manifest.json'), 'utf8'),
  ) as { routes: Record<string, unknown> };
  return new Set(
    Object.keys(manifest.routes)
      .filter((route) => route.startsWith('/articles/'))
      .map((route) => decodeURIComponent(route)),
  );
}

/**
 * Every project file (outside node_modules) each server route's trace ships with it, relative to the
 * project root, by the route's trace file (`app/articles/[slug]/page.js.nft.json`). A file read through a path
 * the tracer can follow partly makes it ship everything that path could name.
 */
export function tracedFilesByRoute(baseURL: string, name: 'all' | 'none'): Map<string, string[]> {
  const serverDir = path.join(distDirFor(baseURL, name), 'server');
  const traces = readdirSync(serverDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.nft.json'),
  );
  const byRoute = new Map<string, string[]>();
  for (const trace of traces) {
    const tracePath = path.join(serverDir, trace);
    const { files: listed } = JSON.parse(readFileSync(tracePath, 'utf8')) as { files: string[] };
    const files = listed
      .map((file) => path.relative(process.cwd(), path.resolve(path.dirname(tracePath), file)))
      .filter((relative) => !relative.startsWith('..') && !relative.split(path.sep).includes('node_modules'));
    byRoute.set(trace.split(path.sep).join('/'), files.sort());
  }
  return byRoute;
}

/** Every project file some server route's trace ships with it (see tracedFilesByRoute). */
export function tracedProjectFiles(baseURL: string, name: 'all' | 'none'): string[] {
  return [...new Set([...tracedFilesByRoute(baseURL, name).values()].flat())].sort();
}

/** Files no server route may carry: the browser's search index and pictures, and the post sources. */
export function strayTraces(files: string[], contentDir: string): string[] {
  return files.filter(
    (file) =>
      /^(tests|docs|scripts|public)\//.test(file) ||
      /^e2e\/(?!fixtures\/)/.test(file) ||
      file.startsWith(`${contentDir}${path.sep}`) ||
      path.basename(file) === 'README.md',
  );
}

/** The traced copy of the store's body entries among `files`. */
export const tracedBodies = (files: string[]) =>
  files.filter((file) => /^\.newsdao-traced\/[^/]+\/store\/posts\//.test(file));

/** The last article linked from `/page/2`: older than anything a few-article prerender reaches. */
export async function olderArticlePath(request: APIRequestContext): Promise<string> {
  const listing = await request.get('/page/2');
  if (listing.status() !== 200) throw new Error(`/page/2 answered ${listing.status()}`);
  const links = [...(await listing.text()).matchAll(/href="(\/articles\/[^"#?]+)"/g)].map((m) => m[1] ?? '');
  const last = links.at(-1);
  if (!last) throw new Error('/page/2 links to no article');
  return decodeURIComponent(last);
}
