import { readFile } from 'node:fs/promises';

import { joinPath } from '@/lib/untraced-path';

import { DEFAULT_JEKYLL_SITE } from './article-legacy-paths';
import { JEKYLL_SITE_FILE, jekyllSiteFromYaml, type SettingsResult } from './jekyll-site-settings';

/** The old site's settings the importer left in the content folder; Jekyll's defaults without them. */
export async function readJekyllSite(
  contentDirectory: string,
): Promise<SettingsResult & { imported?: boolean }> {
  const file = joinPath(contentDirectory, JEKYLL_SITE_FILE);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (text === undefined) return { ok: true, site: DEFAULT_JEKYLL_SITE, imported: false };
  return { ...jekyllSiteFromYaml(text, file), imported: true };
}
