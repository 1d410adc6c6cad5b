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
import { readJekyllSite } from '@/lib/legacy-urls/read-jekyll-site';

import type { ContentProblem } from './problems';

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

export const SITE_FILES: SiteFileReader<unknown>[] = [jekyllSiteFile];

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
