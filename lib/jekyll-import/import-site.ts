/**
 * Moves a Jekyll site's posts into the content folder: each post is copied byte for byte (its meaning is
 * never rewritten; with `repair`, a copy whose front matter no parser reads is mended when it has one
 * safe reading, repair-front-matter.ts, and the source site is never written to), the local files it points at are copied to `public/` at the path Jekyll served them
 * from (so the post's own links keep working), and the site's permalink settings go to `.jekyll.yml`,
 * from which the build answers every old address with a redirect. The site's portal files go to `public/`
 * and every other file at its top is accounted for (import-public-files.ts); its feed, listing pages
 * and search page are recorded in `.jekyll.yml` so they redirect too (old-site-addresses.ts).
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { checkPosts } from '../content/archive';
import type { PostFile } from '../content/article-from-post';
import { POST_EXTENSIONS } from '../content/post-files';
import { formatProblem } from '../content/problems';
import { articleLegacyPaths } from '../legacy-urls/article-legacy-paths';
import type { JekyllSite } from '../legacy-urls/jekyll-permalink';
import { JEKYLL_SITE_FILE, jekyllSiteFromYaml, jekyllSiteToYaml } from '../legacy-urls/jekyll-site-settings';
import { articlePath } from '../routes';
import { assetReferences } from './asset-references';
import { copyOnce, writeOnce } from './copy-once';
import { importPublicFiles, type SiteFileNote } from './import-public-files';
import { importSiteFiles, type ImportedPage } from './import-site-files';
import { liquidIn } from './liquid-tags';
import { oldSitePages, withOldSitePages } from './old-site-addresses';
import { repairFrontMatter, type FrontMatterChange } from './repair-front-matter';
import { confinedPostsFolder, confinedSiteFile } from './site-confinement';

export type ImportedPost = {
  /** Path in the content folder. */
  file: string;
  /** Old addresses (decoded) that now redirect to `newPath`. */
  oldPaths: string[];
  newPath: string | undefined;
  liquidResolved: string[];
  liquidLeft: string[];
  /** What an editor should look at: checker messages, missing pictures, skipped copies. */
  attention: string[];
  /** Front-matter fields `--repair` mended in the copy. */
  repairs: FrontMatterChange[];
};

export type ImportReport = {
  site: JekyllSite;
  posts: ImportedPost[];
  /** Files of the old site copied to `public/`. */
  assetsCopied: string[];
  /** Posts and files not brought over, with the reason. */
  skipped: string[];
  /** Pages brought into `_pages/`, with the address each now has. */
  pages: ImportedPage[];
  /** Whether `_data/authors.yml` came along. */
  authorsCopied: boolean;
  /** Portal and ad files (`naver….html`, `ads.txt`…) copied to `public/` (import-public-files.ts). */
  publicFilesCopied: string[];
  /** Every entry at the top of the site folder, with what became of it. */
  siteFiles: SiteFileNote[];
};

export type ImportOptions = {
  sitePath: string;
  contentDir: string;
  publicDir: string;
  /** `--repair`: mend the copies' front matter where it has one safe reading. */
  repair?: boolean;
};

async function readSiteSettings(sitePath: string): Promise<JekyllSite> {
  const configFile = path.join(sitePath, '_config.yml');
  const text = await readFile(configFile, 'utf8').catch(() => '');
  const settings = jekyllSiteFromYaml(text, configFile);
  if (!settings.ok) throw new Error(settings.reason);
  return settings.site;
}

/** `news/_posts/` and the like: Jekyll files those posts under the folder's name as a category. */
async function categoryPostFolders(sitePath: string): Promise<string[]> {
  const entries = await readdir(sitePath, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && entry.name === '_posts')
    .map((entry) => path.relative(sitePath, path.join(entry.parentPath, entry.name)))
    .filter(
      (folder) =>
        folder !== '_posts' &&
        !folder.split(path.sep).some((part) => ['_site', 'node_modules', 'vendor', '.git'].includes(part)),
    )
    .sort();
}

export async function importJekyllSite({
  sitePath,
  contentDir,
  publicDir,
  repair = false,
}: ImportOptions): Promise<ImportReport> {
  const confined = await confinedPostsFolder(sitePath);
  if (confined.reason) throw new Error(confined.reason);
  const { siteRoot, postsDir } = confined;
  if (!postsDir)
    throw new Error(
      `${path.join(sitePath, '_posts')} does not exist: give the folder of a Jekyll site (the one with _config.yml and _posts/)`,
    );
  const configured = await readSiteSettings(siteRoot);
  const oldPages = await oldSitePages(siteRoot, configured);
  const site = withOldSitePages(configured, oldPages);
  await mkdir(contentDir, { recursive: true });
  const settingsFile = path.join(contentDir, JEKYLL_SITE_FILE);
  const skipped: string[] = [];
  const existingSettings = await readFile(settingsFile, 'utf8').catch(() => undefined);
  if (existingSettings !== undefined && existingSettings !== jekyllSiteToYaml(site)) {
    skipped.push(
      `${JEKYLL_SITE_FILE}: the content folder already has settings from another site; kept them, check permalink, timezone and baseurl by hand`,
    );
  } else await writeFile(settingsFile, jekyllSiteToYaml(site));

  for (const folder of await categoryPostFolders(siteRoot)) {
    const category = path.dirname(folder);
    skipped.push(
      `${folder}: posts under a category folder are not imported (Jekyll gave them the category "${category}"); move them to _posts/ with \`categories: [${category}]\` and import again`,
    );
  }
  const entries = await readdir(postsDir, { recursive: true, withFileTypes: true });
  // Links are never followed: a post linked from elsewhere (or a folder linked to /) stays behind.
  for (const entry of entries.filter((candidate) => candidate.isSymbolicLink()))
    skipped.push(
      `${path.relative(siteRoot, path.join(entry.parentPath, entry.name))}: a symbolic link, which the importer never follows; put the post itself in _posts/ to bring it`,
    );
  const sources = entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();

  const posts: ImportedPost[] = [];
  const copied: PostFile[] = [];
  const assetsCopied = new Set<string>();
  for (const source of sources) {
    const name = path.basename(source).normalize('NFC');
    if (!POST_EXTENSIONS.includes(path.extname(name).toLowerCase())) {
      skipped.push(
        `${path.relative(siteRoot, source)}: not a post (this site reads ${POST_EXTENSIONS.join(', ')} files)`,
      );
      continue;
    }
    const attention: string[] = [];
    const target = path.join(contentDir, name);
    const sourceBytes = await readFile(source);
    const mended = repair ? repairFrontMatter(sourceBytes.toString('utf8')) : undefined;
    if (mended?.outcome === 'unrepaired')
      attention.push(`--repair left the front matter as it is (line ${mended.line}): ${mended.reason}`);
    const outcome = await writeOnce(
      mended?.outcome === 'repaired' ? Buffer.from(mended.text) : sourceBytes,
      target,
    );
    if (outcome === 'different') {
      skipped.push(
        `${path.relative(siteRoot, source)}: ${name} already exists in the content folder with other text; left it as it is`,
      );
      continue;
    }
    const text = mended?.outcome === 'repaired' ? mended.text : sourceBytes.toString('utf8');
    for (const asset of assetReferences(text)) {
      const from = await confinedSiteFile(siteRoot, asset);
      if (!from.ok) {
        attention.push(
          from.missing
            ? `refers to ${asset}, which the Jekyll site does not have; add the file to public${asset} or fix the link`
            : `refers to ${asset}: ${from.reason}`,
        );
        continue;
      }
      const result = await copyOnce(from.file, path.join(publicDir, asset));
      if (result === 'different')
        attention.push(`public${asset} already exists with other content; kept it, check the picture`);
      else assetsCopied.add(asset);
    }
    const liquid = liquidIn(text);
    posts.push({
      file: name,
      oldPaths: [],
      newPath: undefined,
      liquidResolved: liquid.resolved,
      liquidLeft: liquid.left,
      attention,
      repairs: mended?.outcome === 'repaired' ? mended.changes : [],
    });
    copied.push({ relativePath: name, source: text, jekyllTimeZone: site.timeZone });
  }

  const { articles, problems } = checkPosts(copied);
  for (const post of posts) {
    const article = articles.find((candidate) => candidate.sourcePath === post.file);
    post.attention.push(...problems.filter((problem) => problem.file === post.file).map(formatProblem));
    // The checker names Liquid it leaves as text; say it here only if the checker did not.
    if (post.liquidLeft.length > 0 && !post.attention.some((note) => note.includes('Liquid'))) {
      post.attention.push(`Liquid shown as text: ${[...new Set(post.liquidLeft)].join(' ')}`);
    }
    if (!article) continue;
    post.newPath = articlePath(article.slug);
    post.oldPaths = articleLegacyPaths(article, site);
  }
  const siteFiles = await importSiteFiles(sitePath, contentDir);
  skipped.push(...siteFiles.skipped);
  const assets = [...assetsCopied].sort();
  const publicFiles = await importPublicFiles({
    siteRoot,
    publicDir,
    site,
    oldPages,
    assetsCopied: assets,
    pagesImported: siteFiles.pages,
    authorsCopied: siteFiles.authorsCopied,
  });
  return {
    site,
    posts,
    assetsCopied: assets,
    skipped,
    pages: siteFiles.pages,
    authorsCopied: siteFiles.authorsCopied,
    publicFilesCopied: publicFiles.copied,
    siteFiles: publicFiles.siteFiles,
  };
}
