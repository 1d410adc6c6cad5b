/**
 * Issue 13, migration 4: the site's own files come along or are named. Portal and ad files are copied to
 * public/ (confined like every copy), CNAME and robots.txt are reported with what to do, and every
 * entry at the top of the site is accounted for in the report.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { formatImportReport } from '@/lib/jekyll-import/import-report';
import { importJekyllSite } from '@/lib/jekyll-import/import-site';

let work: string;
let site: string;
let contentDir: string;
let publicDir: string;

const PORTAL_FILES: Record<string, string> = {
  'naver0123456789abcdef0123456789abcd.html':
    'naver-site-verification: naver0123456789abcdef0123456789abcd.html',
  'google1234567890abcdef.html': 'google-site-verification: google1234567890abcdef.html',
  'BingSiteAuth.xml': '<?xml version="1.0"?>\n<users><user>0123ABCD</user></users>\n',
  'ads.txt': 'google.com, pub-0000000000000000, DIRECT, f08c47fec0942fa0\n',
};

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsdao-public-files-'));
  site = path.join(work, 'site');
  contentDir = path.join(work, 'content');
  publicDir = path.join(work, 'public');
  await mkdir(path.join(site, '_posts'), { recursive: true });
  await mkdir(path.join(site, '_layouts'), { recursive: true });
  await mkdir(path.join(site, 'images'), { recursive: true });
  await writeFile(path.join(site, '_config.yml'), 'title: 옛 사이트\n');
  await writeFile(path.join(site, '_posts', '2024-01-01-hello.md'), '---\ntitle: 안녕\n---\n본문\n');
  for (const [name, text] of Object.entries(PORTAL_FILES)) await writeFile(path.join(site, name), text);
  await writeFile(path.join(site, 'CNAME'), 'news.example.kr\n');
  await writeFile(path.join(site, 'robots.txt'), 'User-agent: *\nDisallow: /private/\nDisallow: /tmp/\n');
  await writeFile(path.join(site, 'about.md'), '---\ntitle: 소개\n---\n');
  await writeFile(path.join(site, 'Gemfile'), "source 'https://rubygems.org'\n");
  await writeFile(path.join(site, '.gitignore'), '_site\n');
  await writeFile(path.join(site, 'images', 'logo.png'), 'png');
  await writeFile(path.join(site, '_layouts', 'default.html'), '{{ content }}');
});
afterEach(() => rm(work, { recursive: true, force: true }));

const run = () => importJekyllSite({ sitePath: site, contentDir, publicDir });

describe('the site files of an imported Jekyll site', () => {
  it('copies the Naver, Google and Bing verification files and ads.txt into public/ byte for byte', async () => {
    const report = await run();
    expect((await readdir(publicDir)).sort()).toEqual(Object.keys(PORTAL_FILES).sort());
    for (const name of Object.keys(PORTAL_FILES))
      expect(await readFile(path.join(publicDir, name))).toEqual(await readFile(path.join(site, name)));
    expect(report.publicFilesCopied.sort()).toEqual(
      Object.keys(PORTAL_FILES)
        .map((name) => `/${name}`)
        .sort(),
    );
  });

  it('reports CNAME with its domain and Vercel, and robots.txt with its rules, copying neither', async () => {
    const report = await run();
    const note = (file: string) => report.siteFiles.find((entry) => entry.file === file);
    expect(note('CNAME')).toMatchObject({ outcome: 'reported' });
    expect(note('CNAME')?.note).toContain('names the domain news.example.kr');
    expect(note('CNAME')?.note).toContain('Vercel (the project → Settings → Domains)');
    expect(note('robots.txt')).toMatchObject({ outcome: 'reported' });
    expect(note('robots.txt')?.note).toContain('this site serves its own /robots.txt');
    expect(note('robots.txt')?.note).toContain('2 path(s) (/private/, /tmp/)');
    expect(await readdir(publicDir)).not.toContain('CNAME');
    expect(await readdir(publicDir)).not.toContain('robots.txt');
  });

  it('accounts for every entry at the top of the site folder, and prints each', async () => {
    const report = await run();
    const entries = (await readdir(site, { withFileTypes: true }))
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name))
      .sort();
    expect(report.siteFiles.map((entry) => entry.file).sort()).toEqual(entries);
    const printed = formatImportReport(report);
    for (const entry of report.siteFiles) expect(printed).toContain(`  ${entry.file}  [${entry.outcome}]`);
    expect(printed).toMatch(/포털·광고 파일 portal and ad files copied to public\/: .*\/BingSiteAuth\.xml/);
    const noteOf = (file: string) => report.siteFiles.find((entry) => entry.file === file)?.note ?? '';
    expect(noteOf('about.md')).toContain('copy it to public/about.md if /about.md should still be served');
    expect(noteOf('images/')).toContain('1 file(s)');
    expect(noteOf('_layouts/')).toContain("the old theme's layouts");
    expect(noteOf('.gitignore')).toContain('hidden');
  });

  it('refuses a verification file that is a symbolic link, naming it, and copies the others', async () => {
    const secret = path.join(work, 'secret.txt');
    await writeFile(secret, 'PASSWORD=hunter2\n');
    await rm(path.join(site, 'google1234567890abcdef.html'));
    await symlink(secret, path.join(site, 'google1234567890abcdef.html'));
    const report = await run();
    expect(await readdir(publicDir)).not.toContain('google1234567890abcdef.html');
    expect(await readdir(publicDir)).toContain('ads.txt');
    const note = report.siteFiles.find((entry) => entry.file === 'google1234567890abcdef.html');
    expect(note?.outcome).toBe('left');
    expect(note?.note).toContain('is a symbolic link, which the importer never follows');
    expect(formatImportReport(report)).not.toContain('hunter2');
  });

  it('keeps a different file already in public/ and says so', async () => {
    await mkdir(publicDir, { recursive: true });
    await writeFile(path.join(publicDir, 'ads.txt'), 'other.example, 1, DIRECT\n');
    const report = await run();
    expect(await readFile(path.join(publicDir, 'ads.txt'), 'utf8')).toBe('other.example, 1, DIRECT\n');
    expect(report.siteFiles.find((entry) => entry.file === 'ads.txt')?.note).toContain(
      'public/ads.txt already exists with other content; kept it',
    );
    expect(report.publicFilesCopied).not.toContain('/ads.txt');
  });

  it('records the old feed, listing pages and search page for the build, from _config.yml and the site root', async () => {
    await writeFile(
      path.join(site, '_config.yml'),
      'plugins: [jekyll-feed, jekyll-paginate]\npaginate: 10\npermalink: pretty\n',
    );
    await writeFile(path.join(site, 'rss.xml'), '---\nlayout: null\n---\n<rss/>\n');
    await writeFile(path.join(site, 'search.md'), '---\ntitle: 검색\n---\n');
    const report = await run();
    expect(report.site).toMatchObject({
      paginate: 10,
      paginatePath: '/page:num',
      feedPaths: ['/feed.xml', '/rss.xml'],
      searchPaths: ['/search/'],
    });
    const settings = await readFile(path.join(contentDir, '.jekyll.yml'), 'utf8');
    expect(settings).toContain('paginate_path: /page:num');
    expect(settings).toContain('  - /rss.xml');
    expect(settings).toContain('  - /search/');
    const noteOf = (file: string) => report.siteFiles.find((entry) => entry.file === file)?.note ?? '';
    expect(noteOf('rss.xml')).toContain('the old feed at /rss.xml: redirects to /feed.xml');
    expect(noteOf('search.md')).toContain('the old search page at /search/: redirects to /search');
  });

  it('names the pages and authors the page import brought, and the theme search page it redirects', async () => {
    await writeFile(path.join(site, 'about.md'), '---\ntitle: 소개\npermalink: /about/\n---\n소개\n');
    await mkdir(path.join(site, '_pages'), { recursive: true });
    await mkdir(path.join(site, '_data'), { recursive: true });
    await writeFile(path.join(site, '_pages', 'search.md'), '---\ntitle: 검색\npermalink: /search/\n---\n');
    await writeFile(
      path.join(site, '_pages', 'privacy.md'),
      '---\ntitle: 방침\npermalink: /privacy\n---\n방침\n',
    );
    await writeFile(path.join(site, '_data', 'authors.yml'), 'kim:\n  name: 김기자\n');
    const report = await run();
    const notesOf = (file: string) =>
      report.siteFiles.filter((entry) => entry.file === file).map((entry) => entry.note);
    expect(notesOf('about.md')).toEqual(['a page: imported into _pages/about.md, served at /about']);
    expect(notesOf('_pages/')).toEqual([
      'the old search page at /search/: redirects to /search',
      expect.stringContaining('the fixed pages: 2 page(s) imported into _pages/'),
    ]);
    expect(notesOf('_data/')).toEqual([expect.stringContaining('authors.yml copied to _data/authors.yml')]);
    expect(report.site.searchPaths).toEqual(['/search/']);
  });
});
