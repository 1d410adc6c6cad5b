/** Hostile 4: the importer copies only what Jekyll would publish, and never from outside the site. */
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { importJekyllSite } from '@/lib/jekyll-import/import-site';
import { confinedSiteFile } from '@/lib/jekyll-import/site-confinement';

let work: string;
let site: string;
let secret: string;
let contentDir: string;
let publicDir: string;

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'newsdao-confine-'));
  site = path.join(work, 'site');
  contentDir = path.join(work, 'content');
  publicDir = path.join(work, 'public');
  secret = path.join(work, 'secret.txt');
  await writeFile(secret, 'PASSWORD=hunter2\n');
  await mkdir(path.join(site, '_posts'), { recursive: true });
  await mkdir(path.join(site, 'assets'), { recursive: true });
  await writeFile(path.join(site, '_config.yml'), 'title: 옛 사이트\n');
  await writeFile(path.join(site, '.env'), 'TOKEN=abc\n');
  await writeFile(path.join(site, 'assets', 'real.png'), 'png');
  await symlink('/', path.join(site, 'assets', 'root'));
  await symlink(secret, path.join(site, 'assets', 'secret.png'));
  await symlink(path.join(work), path.join(site, 'linked'));
  await writeFile(
    path.join(site, '_posts', '2024-01-01-hostile.md'),
    [
      '---',
      'title: 위험한 글',
      'image: /assets/secret.png',
      '---',
      '![a](/assets/real.png) ![b](/assets/root/etc/hostname.txt) ![c](/_config.yml)',
      '![d](/.env.txt) <img src="/linked/secret.txt"> <a href="/assets/%2e%2e/_config.yml">x</a>',
      '<img src="/.git/config.bak">',
      '',
    ].join('\n'),
  );
  await symlink(secret, path.join(site, '_posts', '2024-01-02-linked.md'));
  await symlink('/etc', path.join(site, '_posts', 'etc'));
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('copies confined to the site folder', () => {
  it('copies the real picture and nothing a link, a dot file or an underscore path leads to', async () => {
    const report = await importJekyllSite({ sitePath: site, contentDir, publicDir });
    expect(await filesUnder(publicDir)).toEqual(['assets/real.png']);
    expect(await filesUnder(contentDir)).toEqual(['.jekyll.yml', '2024-01-01-hostile.md']);
    const notes = report.posts[0]?.attention.join('\n') ?? '';
    expect(notes).toContain('assets/secret.png is a symbolic link, which the importer never follows');
    expect(notes).toContain('assets/root is a symbolic link');
    expect(notes).toContain('linked is a symbolic link');
    expect(notes).toContain('_config.yml starts with "_", and Jekyll never publishes such paths');
    expect(notes).not.toContain('hunter2');
  });

  it('names post links in _posts and leaves them behind', async () => {
    const report = await importJekyllSite({ sitePath: site, contentDir, publicDir });
    expect(report.skipped).toEqual(
      expect.arrayContaining([
        expect.stringContaining('_posts/2024-01-02-linked.md: a symbolic link'),
        expect.stringContaining('_posts/etc: a symbolic link'),
      ]),
    );
    expect(report.posts.map((post) => post.file)).toEqual(['2024-01-01-hostile.md']);
  });

  it('refuses a _posts folder that is itself a link', async () => {
    const other = path.join(work, 'other');
    await mkdir(path.join(other, 'posts'), { recursive: true });
    await symlink(path.join(site, '_posts'), path.join(other, '_posts'));
    await expect(importJekyllSite({ sitePath: other, contentDir, publicDir })).rejects.toThrow(
      /_posts is a symbolic link, which the importer never follows/,
    );
  });
});

describe('confinedSiteFile', () => {
  it('takes a real file inside the site, and refuses ., _, links and missing files with the reason', async () => {
    expect(await confinedSiteFile(site, '/assets/real.png')).toEqual({
      ok: true,
      file: path.join(site, 'assets', 'real.png'),
    });
    expect(await confinedSiteFile(site, '/.env')).toMatchObject({ ok: false, missing: false });
    expect(await confinedSiteFile(site, '/assets/../_config.yml')).toMatchObject({
      ok: false,
      missing: false,
    });
    expect(await confinedSiteFile(site, '/assets/root/etc/passwd')).toMatchObject({
      ok: false,
      reason: expect.stringContaining('assets/root is a symbolic link'),
    });
    expect(await confinedSiteFile(site, '/assets/gone.png')).toMatchObject({ ok: false, missing: true });
    expect(await confinedSiteFile(site, '/assets')).toMatchObject({ ok: false, missing: true });
  });
});
