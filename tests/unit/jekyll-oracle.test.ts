/**
 * Real Jekyll as the oracle for old addresses: each fixture site is built with `jekyll build`, Jekyll
 * lists every post with the URL it wrote, the site is imported as `npm run import:jekyll` does, and each
 * of those URLs must redirect, through proxy.ts and the map the build writes, to the article made from
 * the same file. Skipped, saying so, where `jekyll` is not installed (scripts/ensure-jekyll.sh installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';

import { buildArchive } from '@/lib/content/archive';
import { readPostFiles } from '@/lib/content/post-files';
import { importJekyllSite } from '@/lib/jekyll-import/import-site';
import { proxySeesPath } from '@/lib/legacy-urls/proxy-scope';
import { readJekyllSite } from '@/lib/legacy-urls/read-jekyll-site';
import { buildRedirectMap } from '@/lib/legacy-urls/redirect-map';
import { livePathsOf } from '@/lib/legacy-urls/site-paths';
import { articlePath, searchPath, siteFeedPath } from '@/lib/routes';

const hasJekyll = spawnSync('jekyll', ['--version'], { stdio: 'ignore' }).status === 0;
if (!hasJekyll)
  console.warn(
    'SKIPPED: the real-Jekyll oracle test needs `jekyll` (run `bash scripts/ensure-jekyll.sh`, or apt-get install jekyll)',
  );

/** A page Jekyll renders with its own answer: each post's source path and the URL it wrote it to. */
const POST_LIST = [
  '---',
  'layout: null',
  'permalink: /oracle-posts.txt',
  '---',
  '{% for post in site.posts %}{{ post.path }}\t{{ post.url }}',
  '{% endfor %}',
].join('\n');

type JekyllPost = { file: string; url: string };

async function includesNamed(postsDir: string): Promise<string[]> {
  const names = new Set<string>();
  for (const file of await readdir(postsDir)) {
    const text = await readFile(path.join(postsDir, file), 'utf8');
    for (const match of text.matchAll(/\{%-?\s*include\s+([\w./-]+)/g)) if (match[1]) names.add(match[1]);
  }
  return [...names];
}

/** Builds a copy of `site` (the fixture stays untouched) and reads Jekyll's list of posts. */
async function jekyllPosts(
  site: string,
  work: string,
  plugins: string[] = [],
): Promise<{ posts: JekyllPost[]; baseurl: string; written: string[] }> {
  const source = path.join(work, 'jekyll-source');
  const output = path.join(work, 'jekyll-output');
  await cp(site, source, { recursive: true });
  await writeFile(path.join(source, 'oracle-posts.txt'), POST_LIST);
  // Includes a fixture post names but the fixture leaves out: empty, as they decide no address.
  for (const name of await includesNamed(path.join(source, '_posts'))) {
    const file = path.join(source, '_includes', name);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, '', { flag: 'a' });
  }
  // Plugins the fixture names may be missing here; they add pages, never change where posts go.
  await writeFile(path.join(work, 'oracle.yml'), `plugins: [${plugins.join(', ')}]\n`);
  execFileSync(
    'jekyll',
    [
      'build',
      '-q',
      '--disable-disk-cache',
      '-s',
      source,
      '-d',
      output,
      '--config',
      `${path.join(source, '_config.yml')},${path.join(work, 'oracle.yml')}`,
    ],
    { stdio: 'pipe' },
  );
  const listing = await readFile(path.join(output, 'oracle-posts.txt'), 'utf8');
  const posts = listing
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [file = '', url = ''] = line.split('\t');
      return { file: path.basename(file).normalize('NFC'), url };
    });
  for (const post of posts) {
    // The URL is where Jekyll wrote a file, not only what it printed.
    const written = decodeURIComponent(post.url.endsWith('/') ? `${post.url}index.html` : post.url);
    await stat(path.join(output, written));
  }
  const settings = await readJekyllSite(await importedContent(site, work));
  if (!settings.ok) throw new Error(settings.reason);
  const written = (await readdir(output, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(output, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  return { posts, baseurl: settings.site.baseurl, written };
}

async function importedContent(site: string, work: string): Promise<string> {
  const contentDir = path.join(work, 'content');
  await importJekyllSite({ sitePath: site, contentDir, publicDir: path.join(work, 'public') });
  return contentDir;
}

describe.skipIf(!hasJekyll).each([
  ['e2e/fixtures/jekyll-site (Seoul, a permalink template, a baseurl)', 'e2e/fixtures/jekyll-site'],
  [
    'e2e/fixtures/jekyll-site-london (pretty, Europe/London, dates across DST)',
    'e2e/fixtures/jekyll-site-london',
  ],
])('every post URL real Jekyll wrote for %s', (_, fixture) => {
  let work: string;
  let posts: JekyllPost[] = [];
  let baseurl = '';
  let slugOf = new Map<string, string>();
  let proxy: (request: NextRequest) => Response;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'newsdao-oracle-'));
    const site = path.resolve(fixture);
    ({ posts, baseurl } = await jekyllPosts(site, work));
    const contentDir = path.join(work, 'content');
    const settings = await readJekyllSite(contentDir);
    if (!settings.ok) throw new Error(settings.reason);
    const archive = buildArchive(await readPostFiles(contentDir));
    slugOf = new Map(archive.articles.map((article) => [article.sourcePath, article.slug]));
    const { map } = buildRedirectMap(archive.articles, settings.site, livePathsOf(archive, 20));
    vi.stubEnv('NEWSDAO_LEGACY_REDIRECTS', JSON.stringify(map));
    vi.resetModules();
    ({ proxy } = await import('@/proxy'));
  }, 60_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(work, { recursive: true, force: true });
  });

  test('Jekyll wrote posts, and every one was imported as an article', () => {
    expect(posts.length).toBeGreaterThan(2);
    expect(posts.filter((post) => !slugOf.has(post.file))).toEqual([]);
  });

  test('each URL, with and without the old baseurl, redirects to the article from the same file', () => {
    const answers = posts.flatMap((post) =>
      [post.url, ...(baseurl ? [`${baseurl.replace(/\/$/, '')}${post.url}`] : [])].map((url) => {
        expect(proxySeesPath(url)).toBe(true);
        const response = proxy(new NextRequest(new URL(url, 'https://newsdao.kr')));
        return { url, file: post.file, location: response.headers.get('location') };
      }),
    );
    const expected = answers.map(({ url, file }) => ({
      url,
      file,
      location: `https://newsdao.kr${articlePath(slugOf.get(file) ?? '?')}`,
    }));
    expect(answers).toEqual(expected);
  });
});

// jekyll-paginate and jekyll-feed (Debian's ruby-jekyll-paginate, ruby-jekyll-feed) write the old site's
// listing pages and feed; without them the test says it skipped (scripts/ensure-jekyll.sh installs them).
const PAGE_PLUGINS = ['jekyll-paginate', 'jekyll-feed'];
const hasPagePlugins =
  hasJekyll &&
  spawnSync('ruby', ['-e', ['jekyll', ...PAGE_PLUGINS].map((plugin) => `require '${plugin}'`).join(';')], {
    stdio: 'ignore',
  }).status === 0;
if (hasJekyll && !hasPagePlugins)
  console.warn(
    `SKIPPED: the old-site-address oracle needs the Jekyll plugins ${PAGE_PLUGINS.join(', ')} (apt-get install ruby-jekyll-paginate ruby-jekyll-feed)`,
  );

describe.skipIf(!hasPagePlugins)('every other page real Jekyll wrote for e2e/fixtures/jekyll-site', () => {
  let work: string;
  let pages: string[] = [];
  let baseurl = '';
  let live = new Set<string>();
  let proxy: (request: NextRequest) => Response;

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'newsdao-oracle-pages-'));
    const built = await jekyllPosts(path.resolve('e2e/fixtures/jekyll-site'), work, PAGE_PLUGINS);
    baseurl = built.baseurl;
    const postFiles = new Set(
      built.posts.map((post) =>
        decodeURIComponent(post.url.endsWith('/') ? `${post.url}index.html` : post.url),
      ),
    );
    // Posts are the test above's; pictures are copied to public/; the post list is this test's own.
    pages = built.written
      .map((file) => `/${file}`)
      .filter((file) => !postFiles.has(file) && !file.startsWith('/assets/') && file !== '/oracle-posts.txt')
      .map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
    const contentDir = path.join(work, 'content');
    const settings = await readJekyllSite(contentDir);
    if (!settings.ok) throw new Error(settings.reason);
    const archive = buildArchive(await readPostFiles(contentDir));
    live = livePathsOf(archive, 20);
    const { map } = buildRedirectMap(archive.articles, settings.site, live);
    vi.stubEnv('NEWSDAO_LEGACY_REDIRECTS', JSON.stringify(map));
    vi.resetModules();
    ({ proxy } = await import('@/proxy'));
  }, 60_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    await rm(work, { recursive: true, force: true });
  });

  test('Jekyll wrote a second listing page, two feeds and a search page', () => {
    expect(pages.sort()).toEqual(['/', '/atom.xml', '/page2/', '/rss.xml', '/search/']);
  });

  test('each, with and without the old baseurl, leads to a page of this site: feeds to /feed.xml', () => {
    const answers = pages.flatMap((page) =>
      [page, `${baseurl}${page}`]
        .filter((url) => url !== '/')
        .map((url) => {
          const location = proxy(new NextRequest(new URL(url, 'https://newsdao.kr'))).headers.get('location');
          const target = location ? new URL(location).pathname : null;
          const ours =
            target !== null && (live.has(target) || [siteFeedPath(), searchPath()].includes(target));
          return { url, leadsHome: ours, target };
        }),
    );
    expect(answers.filter((answer) => !answer.leadsHome)).toEqual([]);
    expect(answers.filter((answer) => answer.url.endsWith('.xml')).map((answer) => answer.target)).toEqual([
      '/feed.xml',
      '/feed.xml',
      '/feed.xml',
      '/feed.xml',
    ]);
    expect(answers.find((answer) => answer.url === '/blog/search/')?.target).toBe('/search');
  });
});
