import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { assetReferences } from '@/lib/jekyll-import/asset-references';
import { formatImportReport } from '@/lib/jekyll-import/import-report';
import { importJekyllSite, type ImportReport } from '@/lib/jekyll-import/import-site';
import { liquidIn } from '@/lib/jekyll-import/liquid-tags';

const FIXTURE = path.resolve('e2e/fixtures/jekyll-site');
let work: string;
let contentDir: string;
let publicDir: string;

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsdao-import-'));
  contentDir = path.join(work, 'content');
  publicDir = path.join(work, 'public');
});
afterEach(() => rm(work, { recursive: true, force: true }));

const run = () => importJekyllSite({ sitePath: FIXTURE, contentDir, publicDir });
const postNamed = (report: ImportReport, file: string) => report.posts.find((post) => post.file === file);

describe('importing a Jekyll site', () => {
  it('copies every markdown post byte for byte, and the pictures they use into public/', async () => {
    const report = await run();
    expect((await readdir(contentDir)).sort()).toEqual([
      '.jekyll.yml',
      '2015-03-02-hello-jekyll.md',
      '2016-07-15-한글-제목-글.markdown',
      '2016-08-01-missing-picture.md',
    ]);
    for (const name of ['2015-03-02-hello-jekyll.md', '2016-07-15-한글-제목-글.markdown']) {
      expect(await readFile(path.join(contentDir, name))).toEqual(
        await readFile(path.join(FIXTURE, '_posts', name)),
      );
    }
    expect(await readFile(path.join(publicDir, 'assets/fixture-jekyll/photo.png'))).toEqual(
      await readFile(path.join(FIXTURE, 'assets/fixture-jekyll/photo.png')),
    );
    expect(report.assetsCopied).toEqual(['/assets/fixture-jekyll/photo.png']);
    expect(report.skipped).toEqual([expect.stringContaining('notes.txt: not a post')]);
  });

  it("records the site's permalink, timezone and baseurl for the build", async () => {
    await run();
    const settings = await readFile(path.join(contentDir, '.jekyll.yml'), 'utf8');
    expect(settings).toContain('permalink: /:year/:month/:title/');
    expect(settings).toContain('timezone: Asia/Seoul');
    expect(settings).toContain('baseurl: /blog');
  });

  it('maps the old addresses of each post to its new URL', async () => {
    const hello = postNamed(await run(), '2015-03-02-hello-jekyll.md');
    expect(hello?.newPath).toBe('/articles/2015-03-02-hello-jekyll');
    expect(hello?.oldPaths).toEqual(
      expect.arrayContaining([
        '/공지/2015/03/02/hello-jekyll.html',
        '/공지/2015/03/02/hello-jekyll/',
        '/2015/03/hello-jekyll/',
        '/blog/2015/03/hello-jekyll/',
      ]),
    );
  });

  it('names what needs attention: missing pictures and Liquid left as text', async () => {
    const report = await run();
    expect(postNamed(report, '2016-08-01-missing-picture.md')?.attention).toEqual([
      expect.stringContaining('refers to /assets/fixture-jekyll/gone.jpg'),
    ]);
    const korean = postNamed(report, '2016-07-15-한글-제목-글.markdown');
    expect(korean?.liquidLeft).toEqual(['{% include notice.html %}']);
    expect(korean?.attention.join('\n')).toContain('{% include notice.html %}');
    expect(postNamed(report, '2015-03-02-hello-jekyll.md')?.liquidResolved).toEqual(['{{ site.baseurl }}']);
  });

  it('prints a report with the counts, the posts needing attention and the mapped addresses', async () => {
    const text = formatImportReport(await run());
    expect(text).toContain('가져온 기사 imported: 3');
    expect(text).toContain('확인 필요 needing attention: 2');
    expect(text).toContain('Liquid: 1 resolved by the site, 1 left as text');
    expect(text).toMatch(/옛 주소 permalinks mapped: \d+ old addresses → 3 articles/);
    expect(text).toContain('/articles/2015-03-02-hello-jekyll  ← 2015-03-02-hello-jekyll.md');
  });

  it('never overwrites a post an editor already has with other text', async () => {
    await run();
    const edited = path.join(contentDir, '2015-03-02-hello-jekyll.md');
    await writeFile(edited, '---\ntitle: 고친 글\n---\n본문\n');
    const report = await run();
    expect(await readFile(edited, 'utf8')).toContain('고친 글');
    expect(report.skipped).toEqual(
      expect.arrayContaining([expect.stringContaining('already exists in the content folder')]),
    );
  });

  it('refuses a folder that is not a Jekyll site, saying what to give', async () => {
    await expect(importJekyllSite({ sitePath: work, contentDir, publicDir })).rejects.toThrow(
      /_posts does not exist: give the folder of a Jekyll site/,
    );
  });
});

describe('what a post refers to', () => {
  it('finds local pictures and files, with or without site.baseurl, and leaves remote links and pages alone', () => {
    const text = [
      'image: /assets/a.jpg',
      '![x]({{ site.baseurl }}/assets/b%20c.png "t")',
      '<img src="/assets/d.gif"> <a href="/files/e.pdf">pdf</a> <a href="/about.html">page</a>',
      '![r](https://example.com/f.png) [s](/g/)',
    ].join('\n');
    expect(assetReferences(text)).toEqual([
      '/assets/a.jpg',
      '/assets/b c.png',
      '/assets/d.gif',
      '/files/e.pdf',
    ]);
  });

  it('counts Liquid outside fenced code only', () => {
    expect(
      liquidIn('{% raw %}{{ x }}{% endraw %}\n```\n{{ page.title }}\n```\n{% post_url 2020-01-01-a %}'),
    ).toEqual({
      resolved: ['{% raw %}', '{% endraw %}', '{% post_url 2020-01-01-a %}'],
      left: ['{{ x }}'],
    });
  });
});

describe('posts kept in a category folder', () => {
  it('are named in the report with what to do, not silently passed over', async () => {
    const site = await mkdtemp(path.join(tmpdir(), 'newsdao-site-'));
    await mkdir(path.join(site, '_posts'), { recursive: true });
    await mkdir(path.join(site, 'news', '_posts'), { recursive: true });
    await writeFile(path.join(site, 'news', '_posts', '2020-01-01-a.md'), '---\ntitle: a\n---\nbody\n');
    const report = await importJekyllSite({ sitePath: site, contentDir, publicDir });
    expect(report.skipped).toEqual([
      expect.stringContaining(
        'news/_posts: posts under a category folder are not imported (Jekyll gave them the category "news")',
      ),
    ]);
    await rm(site, { recursive: true, force: true });
  });
});

describe('npm run import:jekyll -- --repair', () => {
  const brokenTitle = '---\ntitle: [금메달] 한국 양궁\ndate: 2024-08-01\n---\n본문\n';
  const blockScalar = '---\ntitle: 제목\nexcerpt: |\n  첫 줄\n 둘째: 줄\n---\n본문\n';
  let site: string;

  beforeEach(async () => {
    site = await mkdtemp(path.join(tmpdir(), 'newsdao-repair-site-'));
    await mkdir(path.join(site, '_posts'), { recursive: true });
    await writeFile(path.join(site, '_posts', '2024-08-01-gold.md'), brokenTitle);
    await writeFile(path.join(site, '_posts', '2024-08-02-block.md'), blockScalar);
  });
  afterEach(() => rm(site, { recursive: true, force: true }));

  it('mends the copy, never the source, and shows each change as a before/after line', async () => {
    const report = await importJekyllSite({ sitePath: site, contentDir, publicDir, repair: true });
    expect(await readFile(path.join(site, '_posts', '2024-08-01-gold.md'), 'utf8')).toBe(brokenTitle);
    expect(await readFile(path.join(contentDir, '2024-08-01-gold.md'), 'utf8')).toBe(
      brokenTitle.replace('title: [금메달] 한국 양궁', 'title: "[금메달] 한국 양궁"'),
    );
    const gold = postNamed(report, '2024-08-01-gold.md');
    expect(gold?.newPath).toBe('/articles/2024-08-01-gold');
    expect(gold?.attention).toEqual([]);
    const text = formatImportReport(report);
    expect(text).toContain(
      '머리말 고침 (front matter repaired by --repair in the copies; the Jekyll site is unchanged): 1 posts',
    );
    expect(text).toContain('    2 - title: [금메달] 한국 양궁\n    2 + title: "[금메달] 한국 양궁"');
  });

  it('leaves a block scalar as it is and names the post', async () => {
    const report = await importJekyllSite({ sitePath: site, contentDir, publicDir, repair: true });
    expect(await readFile(path.join(contentDir, '2024-08-02-block.md'), 'utf8')).toBe(blockScalar);
    const block = postNamed(report, '2024-08-02-block.md');
    expect(block?.newPath).toBeUndefined();
    expect(block?.attention).toEqual([
      expect.stringContaining('--repair left the front matter as it is (line 3): a block scalar'),
      expect.stringContaining('YAML syntax error'),
    ]);
  });

  it('without --repair copies the broken post byte for byte and names it', async () => {
    const report = await importJekyllSite({ sitePath: site, contentDir, publicDir });
    expect(await readFile(path.join(contentDir, '2024-08-01-gold.md'), 'utf8')).toBe(brokenTitle);
    expect(postNamed(report, '2024-08-01-gold.md')?.attention).toEqual([
      expect.stringContaining('YAML syntax error'),
    ]);
  });

  it('takes a copy it repaired before as its own on a second run', async () => {
    await importJekyllSite({ sitePath: site, contentDir, publicDir, repair: true });
    const again = await importJekyllSite({ sitePath: site, contentDir, publicDir, repair: true });
    expect(again.skipped).toEqual([]);
    expect(postNamed(again, '2024-08-01-gold.md')?.repairs).toHaveLength(1);
  });
});
