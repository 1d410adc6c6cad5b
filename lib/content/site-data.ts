/** Site files editors keep beside the posts, under `_data/`: read here, checked by their own modules. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import { CATEGORY_SETTINGS_FILE, parseCategorySettings, type CategorySetting } from './category-settings';
import type { ContentProblem } from './problems';

/** `_data/categories.yml`, or no settings (and no message) when the file is absent. */
export async function readCategorySettings(
  directory: string,
): Promise<{ settings: CategorySetting[]; problems: ContentProblem[] }> {
  let text: string;
  try {
    text = await readFile(path.join(directory, CATEGORY_SETTINGS_FILE), 'utf8');
  } catch {
    return { settings: [], problems: [] };
  }
  return parseCategorySettings(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}
