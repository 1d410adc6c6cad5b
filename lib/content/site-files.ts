/**
 * Site files: what the content folder holds besides posts (the Jekyll settings the importer left,
 * `_data/*.yml`, `_pages/`…). Each has one reader; the check runs every reader once and keeps its value
 * in the content store, so a build's workers and a server read the value, not the folder. `next dev`
 * runs the reader on each request instead.
 *
 * To add one: write its reader (a name, and `read(contentDirectory)` returning the value and the
 * problems the check should print) and list it in SITE_FILES. Its value goes through the store's JSON
 * (Dates kept), so it should be plain data.
 */
import { siteConfig } from '@/config/site';
import { readJekyllSite } from '@/lib/legacy-urls/read-jekyll-site';

import type { CategorySetting } from './category-settings';
import type { ContentProblem } from './problems';
import { readCategorySettings } from './site-data';
import { AUTHORS_FILE, reportersFromFile, type Reporter } from './site/authors';
import { fixedPagesFromFiles, type FixedPage } from './site/fixed-pages';
import { PUBLISHER_FILE, publisherFromFile, type Publisher } from './site/publisher';
import { readDataFile, readPageFiles } from './site/read-site-files';
import { isRealSiteOrigin } from './site/site-files';

export type SiteFileReader<T> = {
  /** The value's name in the store; unique. */
  name: string;
  read: (contentDirectory: string) => Promise<{ value: T; problems: ContentProblem[] }>;
};

/** The old site's permalink, time zone and base URL (`.jekyll.yml`), for the old-address map. */
export const jekyllSiteFile: SiteFileReader<Awaited<ReturnType<typeof readJekyllSite>>> = {
  name: 'jekyll-site',
  read: async (contentDirectory) => ({ value: await readJekyllSite(contentDirectory), problems: [] }),
};

/**
 * `_data/publisher.yml`: 제호, 등록번호 … for the footer and JSON-LD. Its 예시 values are a warning only
 * for a real SITE_URL, so the shipped example builds quietly on this machine. null without the file.
 */
export const publisherFile: SiteFileReader<Publisher | null> = {
  name: 'publisher',
  read: async (contentDirectory) => {
    const checked = publisherFromFile(
      await readDataFile(contentDirectory, PUBLISHER_FILE),
      siteConfig.name,
      isRealSiteOrigin(siteConfig.origin),
    );
    // null, not undefined: the store's JSON would drop an undefined value and then miss the file.
    return { value: checked.publisher ?? null, problems: checked.problems };
  },
};

/** `_data/authors.yml`: the reporters bylines, reporter pages and JSON-LD name. */
export const authorsFile: SiteFileReader<Reporter[]> = {
  name: 'authors',
  read: async (contentDirectory) => {
    const checked = reportersFromFile(
      await readDataFile(contentDirectory, AUTHORS_FILE),
      isRealSiteOrigin(siteConfig.origin),
    );
    return { value: checked.reporters, problems: checked.problems };
  },
};

/** `_pages/`: 회사소개, 개인정보처리방침 … rendered, in footer order. */
export const fixedPagesFile: SiteFileReader<FixedPage[]> = {
  name: 'pages',
  read: async (contentDirectory) => {
    const checked = fixedPagesFromFiles(await readPageFiles(contentDirectory));
    return { value: checked.pages, problems: checked.problems };
  },
};

/** `_data/categories.yml`: the front page's section order and the categories' display names; none without it. */
export const categoriesFile: SiteFileReader<CategorySetting[]> = {
  name: 'categories',
  read: async (contentDirectory) => {
    const read = await readCategorySettings(contentDirectory);
    return { value: read.settings, problems: read.problems };
  },
};

export const SITE_FILES: SiteFileReader<unknown>[] = [
  jekyllSiteFile,
  publisherFile,
  authorsFile,
  fixedPagesFile,
  categoriesFile,
];

/** Runs every reader: the values by name, and their problems for the check's report. */
export async function readSiteFiles(
  contentDirectory: string,
): Promise<{ values: Record<string, unknown>; problems: ContentProblem[] }> {
  const read = await Promise.all(SITE_FILES.map((reader) => reader.read(contentDirectory)));
  return {
    values: Object.fromEntries(SITE_FILES.map((reader, index) => [reader.name, read[index]?.value])),
    problems: read.flatMap((entry) => entry.problems),
  };
}

/** A reader's value among those readSiteFiles returned (each is stored under its reader's name). */
export function siteFileValue<T>(values: Record<string, unknown>, reader: SiteFileReader<T>): T {
  return values[reader.name] as T;
}
