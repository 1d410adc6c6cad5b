/**
 * What `scripts/check-vercel-build.sh` checks in `.vercel/output` after Vercel's own build: the articles the
 * mode Vercel gets prerenders (every one, or in large-archive mode the newest N), the rest rendered on
 * request by a function that ships the store's traced copy, the proxy function and the security headers.
 * The mode is worked out here as `npm run build` works it out (config/prerender-setting.js), from the same
 * environment and the store the build's check wrote, and the build's own log must name the same mode.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { prerenderLatestFor } from '../../config/prerender-setting';
import { resolvePrerenderMode } from './prerender-mode';

/** A published article, newest first, as the store lists it. */
export type PublishedArticle = { slug: string; title: string; key: string };

export type ExpectedArticles = {
  /** The line `npm run build` prints once the check has counted the archive. */
  explanation: string;
  prerendered: PublishedArticle[];
  onRequest: PublishedArticle[];
};

/** Which articles a build with `env` prerenders, and which it leaves to the first request. */
export function expectedArticles(
  env: Record<string, string | undefined>,
  published: PublishedArticle[],
): ExpectedArticles {
  const latest = prerenderLatestFor(env.PRERENDER_LATEST, env.STATIC_EXPORT === '1', published.length);
  const split = latest === undefined ? published.length : Math.min(latest, published.length);
  return {
    explanation: `npm run build: ${resolvePrerenderMode(env, published.length).explanation}`,
    prerendered: published.slice(0, split),
    onRequest: published.slice(split),
  };
}

/**
 * Whether the function folder `func` ships `file` (relative to the project): copied into the folder, or
 * named in its `.vc-config.json` `filePathMap`, which `vercel build` writes instead of copying a file it
 * will upload from the project (the map's values are paths relative to the project, here the working
 * directory).
 */
export function functionShips(func: string, file: string): boolean {
  if (existsSync(path.join(func, file))) return true;
  const configFile = path.join(func, '.vc-config.json');
  if (!existsSync(configFile)) return false;
  const { filePathMap } = JSON.parse(readFileSync(configFile, 'utf8')) as {
    filePathMap?: Record<string, string>;
  };
  const source = filePathMap?.[file.split(path.sep).join('/')];
  return source !== undefined && existsSync(source);
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Everything wrong with `output` (a `.vercel/output` folder) against `expected`; empty when it is right.
 * `buildLog` is what `vercel build` printed; `tracedStoreDir` and `entryPath` name the store's copy inside a
 * function as the build lays it out (config/build-paths.js, lib/content/content-store.ts).
 */
export function vercelOutputProblems(
  output: string,
  expected: ExpectedArticles,
  buildLog: string,
  tracedStoreDir: string,
  entryPath: (storeDir: string, key: string) => string,
): string[] {
  const problems: string[] = [];
  const configFile = path.join(output, 'config.json');
  if (!existsSync(configFile)) return [`no ${configFile}: Vercel's build wrote no Build Output API folder`];
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as { version?: unknown; routes?: unknown };
  if (config.version !== 3) problems.push(`Build Output API version ${String(config.version)}, expected 3`);

  if (!buildLog.includes(expected.explanation))
    problems.push(
      `the build log does not say "${expected.explanation}": Vercel did not run npm run build in the mode it should get`,
    );

  const articles = path.join(output, 'functions', 'articles');
  for (const article of expected.prerendered) {
    const page = path.join(articles, `${article.slug}.prerender-fallback.html`);
    if (!existsSync(page)) problems.push(`article ${article.slug} is not prerendered (${page} missing)`);
    else if (!readFileSync(page, 'utf8').includes(escapeHtml(article.title)))
      problems.push(`${page} does not show the title "${article.title}"`);
  }
  if (expected.onRequest.length > 0) {
    const renderer = path.join(articles, '[slug].func');
    if (!existsSync(renderer))
      problems.push(`no ${renderer}: the articles not prerendered have no function to render them`);
    const ships = (file: string) => existsSync(renderer) && functionShips(renderer, file);
    const archive = path.join(tracedStoreDir, 'archive.json');
    if (existsSync(renderer) && !ships(archive))
      problems.push(`${renderer} does not ship the store's copy (${archive})`);
    for (const article of expected.onRequest) {
      const page = path.join(articles, `${article.slug}.prerender-fallback.html`);
      if (existsSync(page))
        problems.push(`article ${article.slug} is prerendered, but this mode renders it on request`);
      const body = entryPath(tracedStoreDir, article.key);
      if (ships(archive) && !ships(body))
        problems.push(`${renderer} does not ship the body of ${article.slug} (${body})`);
    }
  }

  if (!existsSync(path.join(output, 'functions', '_middleware.func')))
    problems.push('proxy.ts (old-address redirects) was not built as a function');
  if (!JSON.stringify(config.routes ?? []).includes('Content-Security-Policy'))
    problems.push('the security headers are not in the routes');
  return problems;
}
