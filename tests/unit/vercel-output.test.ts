import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, describe, expect, test } from 'vitest';

import { LARGE_ARCHIVE_ARTICLES, LARGE_ARCHIVE_PRERENDER } from '@/config/prerender-setting';
import {
  expectedArticles,
  vercelOutputProblems,
  type ExpectedArticles,
  type PublishedArticle,
} from '@/scripts/build/vercel-output';

const TRACED = '.newsdao-traced/next/store';
const entryPath = (store: string, key: string) => path.join(store, 'posts', `${key}.json.gz`);
const archiveOf = (count: number): PublishedArticle[] =>
  Array.from({ length: count }, (_, index) => ({
    slug: `post-${index}`,
    title: `기사 ${index} & "속보"`,
    key: `key${index}`,
  }));

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A `.vercel/output` as Vercel's build writes it for `expected`, which a test then damages. */
function outputFor(expected: ExpectedArticles): string {
  const output = mkdtempSync(path.join(tmpdir(), 'vercel-output-'));
  folders.push(output);
  const articles = path.join(output, 'functions', 'articles');
  mkdirSync(path.join(output, 'functions', '_middleware.func'), { recursive: true });
  mkdirSync(articles, { recursive: true });
  writeFileSync(
    path.join(output, 'config.json'),
    JSON.stringify({
      version: 3,
      routes: [{ headers: { 'Content-Security-Policy': "default-src 'self'" } }],
    }),
  );
  for (const article of expected.prerendered)
    writeFileSync(
      path.join(articles, `${article.slug}.prerender-fallback.html`),
      `<h1>${article.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}</h1>`,
    );
  const store = path.join(articles, '[slug].func', TRACED);
  mkdirSync(path.join(store, 'posts'), { recursive: true });
  writeFileSync(path.join(store, 'archive.json'), '');
  for (const article of expected.onRequest) writeFileSync(entryPath(store, article.key), '');
  return output;
}

const check = (output: string, expected: ExpectedArticles, log = expected.explanation) =>
  vercelOutputProblems(output, expected, `…\n${log}\n…`, TRACED, entryPath);

describe('scripts/check-vercel-build.sh: the mode Vercel gets', () => {
  test('a small archive gets every article prerendered, as the build says', () => {
    const expected = expectedArticles({}, archiveOf(3));
    expect(expected.prerendered).toHaveLength(3);
    expect(expected.onRequest).toEqual([]);
    expect(expected.explanation).toBe('npm run build: prerendering all 3 articles (at most 2,000 articles)');
    expect(check(outputFor(expected), expected)).toEqual([]);
  });

  test('above the threshold the defaults prerender the newest articles and leave the rest to the first request', () => {
    const archive = archiveOf(LARGE_ARCHIVE_ARTICLES + 1);
    const expected = expectedArticles({}, archive);
    expect(expected.prerendered).toEqual(archive.slice(0, LARGE_ARCHIVE_PRERENDER));
    expect(expected.onRequest).toEqual(archive.slice(LARGE_ARCHIVE_PRERENDER));
    expect(expected.explanation).toMatch(
      /large-archive mode: prerendering the newest 1,000 of 2,001 articles/,
    );
    // The output check of that split is the same as for any number (below), without writing 1,000 pages.
  });

  test('PRERENDER_LATEST set in the project is the mode Vercel gets', () => {
    expect(expectedArticles({ PRERENDER_LATEST: 'all' }, archiveOf(2_500)).onRequest).toEqual([]);
    const some = expectedArticles({ PRERENDER_LATEST: '2' }, archiveOf(5));
    expect(some.prerendered.map((article) => article.slug)).toEqual(['post-0', 'post-1']);
    expect(check(outputFor(some), some)).toEqual([]);
  });

  test('a build that prerendered everything fails the large-archive check, and the reverse', () => {
    const archive = archiveOf(5);
    const large = expectedArticles({ PRERENDER_LATEST: '2' }, archive);
    const full = expectedArticles({}, archive);
    expect(check(outputFor(full), large, large.explanation)).toContain(
      'article post-2 is prerendered, but this mode renders it on request',
    );
    const problems = check(outputFor(large), full, full.explanation);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(
      /^article post-2 is not prerendered \(.*post-2\.prerender-fallback\.html missing\)$/,
    );
  });

  test('a log that names another mode fails: Vercel did not run npm run build as it should', () => {
    const expected = expectedArticles({}, archiveOf(3));
    expect(check(outputFor(expected), expected, 'next build')).toEqual([
      `the build log does not say "${expected.explanation}": Vercel did not run npm run build in the mode it should get`,
    ]);
  });

  test('articles rendered on request need the function, the store copy and each body entry', () => {
    const expected = expectedArticles({ PRERENDER_LATEST: '1' }, archiveOf(3));
    const output = outputFor(expected);
    const renderer = path.join(output, 'functions', 'articles', '[slug].func');
    rmSync(path.join(renderer, TRACED, 'posts', 'key2.json.gz'));
    expect(check(output, expected)).toEqual([
      `${renderer} does not ship the body of post-2 (${entryPath(TRACED, 'key2')})`,
    ]);
    rmSync(path.join(renderer, TRACED, 'archive.json'));
    expect(check(output, expected)).toContain(
      `${renderer} does not ship the store's copy (${path.join(TRACED, 'archive.json')})`,
    );
    rmSync(renderer, { recursive: true });
    expect(check(output, expected)).toEqual([
      `no ${renderer}: the articles not prerendered have no function to render them`,
    ]);
  });

  test('a function may name its files in .vc-config.json filePathMap instead of holding copies', () => {
    const expected = expectedArticles({ PRERENDER_LATEST: '1' }, archiveOf(2));
    const output = outputFor(expected);
    const renderer = path.join(output, 'functions', 'articles', '[slug].func');
    const project = path.join(output, 'project');
    rmSync(path.join(renderer, '.newsdao-traced'), { recursive: true });
    mkdirSync(path.join(project, TRACED, 'posts'), { recursive: true });
    const shipped = [path.join(TRACED, 'archive.json'), entryPath(TRACED, 'key1')];
    for (const file of shipped) writeFileSync(path.join(project, file), '');
    writeFileSync(
      path.join(renderer, '.vc-config.json'),
      JSON.stringify({
        filePathMap: Object.fromEntries(shipped.map((file) => [file, path.join(project, file)])),
      }),
    );
    expect(check(output, expected)).toEqual([]);
    rmSync(path.join(project, entryPath(TRACED, 'key1')));
    expect(check(output, expected)).toEqual([
      `${renderer} does not ship the body of post-1 (${entryPath(TRACED, 'key1')})`,
    ]);
  });

  test('a prerendered page without its title, the proxy function or the security headers fails', () => {
    const expected = expectedArticles({}, archiveOf(1));
    const output = outputFor(expected);
    writeFileSync(path.join(output, 'functions', 'articles', 'post-0.prerender-fallback.html'), '<h1></h1>');
    rmSync(path.join(output, 'functions', '_middleware.func'), { recursive: true });
    writeFileSync(path.join(output, 'config.json'), JSON.stringify({ version: 3, routes: [] }));
    const problems = check(output, expected);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/does not show the title "기사 0 & "속보""/);
    expect(problems.slice(1)).toEqual([
      'proxy.ts (old-address redirects) was not built as a function',
      'the security headers are not in the routes',
    ]);
  });
});
