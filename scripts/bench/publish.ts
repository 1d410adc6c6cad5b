/**
 * The publish scenario of `npm run bench`: an editor merges one new and one edited article, and the build
 * starts from a fresh checkout with only `<dist>/cache` restored (what Vercel keeps between builds). This
 * module makes the two changes to a corpus and, after the build, checks the result under `next start`: the
 * new article is live, listed, in the feed, the sitemap and search, the edited text is live, every article is
 * in the sitemap, and an article that was not prerendered answers quickly on its first request and from the
 * cache after.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

import { chromium } from '@playwright/test';

import { slugify } from '../../lib/content/slugs';
import { waitFor } from './http-load';
import { syntheticPost } from './synthetic-posts';

const HOST = '127.0.0.1';

export type PublishChanges = {
  newTitle: string;
  /** A word only the new article holds, to search for. */
  searchWord: string;
  newPath: string;
  editedPath: string;
  editedText: string;
};

const articlePathOf = (fileName: string) => `/articles/${slugify(fileName.replace(/\.md$/, ''))}`;

/** Adds post number `count` dated an hour ago, and a paragraph to the oldest post of `contentDir`. */
export function applyPublishChanges(contentDir: string, count: number): PublishChanges {
  const stamp = Date.now().toString(36);
  const searchWord = `benchpublish${stamp}`;
  const newTitle = `새 기사 발행 확인 ${searchWord}`;
  const published = new Date(Date.now() - 3_600_000).toISOString();
  const post = syntheticPost(count);
  const fileName = `${published.slice(0, 10)}-bench-publish-${stamp}.md`;
  const source = post.source
    .replace(/^title: .*$/m, `title: ${newTitle}`)
    .replace(/^date: .*$/m, `date: ${published.slice(0, 10)} ${published.slice(11, 19)} +0000`);
  writeFileSync(path.join(contentDir, fileName), source);

  const oldest = readdirSync(contentDir)
    .filter((name) => name.endsWith('.md') && name !== fileName)
    .sort()[0];
  if (!oldest) throw new Error(`no post to edit in ${contentDir}`);
  const editedText = `정정 보도: 이 문단은 발행 시나리오에서 고친 문장입니다 ${stamp}.`;
  const file = path.join(contentDir, oldest);
  const original = readFileSync(file, 'utf8');
  const bodyStart = original.indexOf('\n---\n', 4) + 5;
  writeFileSync(
    file,
    `${original.slice(0, bodyStart)}\n<p data-ke-size="size16">${editedText}</p>\n${original.slice(bodyStart)}`,
  );
  return {
    newTitle,
    searchWord,
    newPath: articlePathOf(fileName),
    editedPath: articlePathOf(oldest),
    editedText,
  };
}

export type PublishCheck = { name: string; ok: boolean; detail: string };
export type FirstRequests = {
  articles: number;
  firstP95: number;
  firstMax: number;
  cachedP95: number;
  hits: number;
};
export type PublishVerification = { checks: PublishCheck[]; firstRequests: FirstRequests | undefined };

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
};

async function text(url: string): Promise<{ status: number; body: string; ms: number; cache: string }> {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return {
    status: response.status,
    body,
    ms: performance.now() - started,
    cache: response.headers.get('x-nextjs-cache') ?? '',
  };
}

/** Every `<loc>` of the sitemap, following a sitemap index to its parts. */
async function sitemapLocations(origin: string): Promise<string[]> {
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1] ?? '');
  const root = (await text(`${origin}/sitemap.xml`)).body;
  if (!root.includes('<sitemapindex')) return locations(root);
  const parts = await Promise.all(
    locations(root).map(async (part) => locations((await text(`${origin}${new URL(part).pathname}`)).body)),
  );
  return parts.flat();
}

/** Whether `next build` wrote the article's page (else it renders on its first request). */
function prerendered(distDir: string, articlePath: string): boolean {
  const slug = decodeURIComponent(articlePath.replace('/articles/', ''));
  const folder = path.join(distDir, 'server', 'app', 'articles');
  return [slug, encodeURIComponent(slug)].some((name) => existsSync(path.join(folder, `${name}.html`)));
}

async function searchFinds(origin: string, word: string, title: string): Promise<boolean> {
  const browser = await chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/search?q=${encodeURIComponent(word)}`);
    await page.getByRole('link', { name: title }).first().waitFor({ timeout: 30_000 });
    return true;
  } catch {
    return false;
  } finally {
    await browser.close();
  }
}

/**
 * Serves the built tree at `treeDir` with `next start` on `port` and checks the publish. `posts` is the
 * number of articles the archive should now hold.
 */
export async function verifyPublish(
  treeDir: string,
  distDir: string,
  env: NodeJS.ProcessEnv,
  port: number,
  changes: PublishChanges,
  posts: number,
): Promise<PublishVerification> {
  const origin = `http://${HOST}:${port}`;
  const server = spawn(
    path.join(treeDir, 'node_modules', '.bin', 'next'),
    ['start', '-H', HOST, '-p', String(port)],
    {
      cwd: treeDir,
      env: { ...env, NODE_ENV: 'production' },
      stdio: 'ignore',
    },
  );
  const checks: PublishCheck[] = [];
  const check = (name: string, ok: boolean, detail = '') => checks.push({ name, ok, detail });
  try {
    await waitFor(`${origin}/`, 120_000);
    const fresh = await text(`${origin}${changes.newPath}`);
    check(
      'new article live',
      fresh.status === 200 && fresh.body.includes(changes.newTitle),
      `${changes.newPath} → ${fresh.status}`,
    );
    const edited = await text(`${origin}${changes.editedPath}`);
    check(
      'edited text live',
      edited.status === 200 && edited.body.includes(changes.editedText),
      `${changes.editedPath} → ${edited.status}`,
    );
    check('new article first on the home page', (await text(`${origin}/`)).body.includes(changes.newTitle));
    const feed = (await text(`${origin}/feed.xml`)).body;
    const firstItem = feed.slice(feed.indexOf('<item') >= 0 ? feed.indexOf('<item') : feed.indexOf('<entry'));
    check('new article first in the feed', firstItem.slice(0, 4000).includes(changes.newTitle));
    const locations = await sitemapLocations(origin);
    const articles = locations.filter((location) => new URL(location).pathname.startsWith('/articles/'));
    const newInSitemap = articles.some((location) => new URL(location).pathname === changes.newPath);
    check(
      'every article in the sitemap, the new one too',
      articles.length === posts && newInSitemap,
      `${articles.length} article entries for ${posts} posts${newInSitemap ? '' : ', new article missing'}`,
    );
    check('new article found by search', await searchFinds(origin, changes.searchWord, changes.newTitle));

    const onDemand = articles
      .map((location) => new URL(location).pathname)
      .filter((articlePath) => articlePath !== changes.editedPath && !prerendered(distDir, articlePath))
      .slice(0, 40);
    let firstRequests: FirstRequests | undefined;
    if (onDemand.length > 0) {
      const first: number[] = [];
      const cached: number[] = [];
      let hits = 0;
      let failures = 0;
      for (const articlePath of onDemand) {
        const answer = await text(`${origin}${articlePath}`);
        if (answer.status !== 200) failures += 1;
        first.push(answer.ms);
      }
      for (const articlePath of onDemand) {
        const answer = await text(`${origin}${articlePath}`);
        cached.push(answer.ms);
        if (answer.cache === 'HIT') hits += 1;
      }
      check(
        'articles not prerendered answer 200',
        failures === 0,
        `${failures} of ${onDemand.length} failed`,
      );
      firstRequests = {
        articles: onDemand.length,
        firstP95: percentile(first, 95),
        firstMax: Math.max(...first),
        cachedP95: percentile(cached, 95),
        hits,
      };
    }
    return { checks, firstRequests };
  } finally {
    await new Promise<void>((resolve) => {
      if (server.exitCode !== null) return resolve();
      server.once('exit', () => resolve());
      server.kill('SIGTERM');
    });
  }
}
