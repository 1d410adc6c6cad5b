/** Site files editors keep beside the posts, under `_data/`: read here, checked by their own modules. */
import { readFile } from 'node:fs/promises';

import { joinPath } from '@/lib/untraced-path';

import { CATEGORY_SETTINGS_FILE, parseCategorySettings, type CategorySetting } from './category-settings';
import type { ContentProblem } from './problems';

/** `_data/categories.yml`, or no settings (and no message) when the file is absent. */
export async function readCategorySettings(
  directory: string,
): Promise<{ settings: CategorySetting[]; problems: ContentProblem[] }> {
  let text: string;
  try {
    text = await readFile(joinPath(directory, CATEGORY_SETTINGS_FILE), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { settings: [], problems: [] };
    // A file that is there but cannot be read would silently drop the editors' order and names.
    return {
      settings: [],
      problems: [
        {
          severity: 'error',
          file: CATEGORY_SETTINGS_FILE,
          line: 1,
          column: 1,
          field: 'categories',
          message: `cannot be read (${code ?? String(error)})`,
          hint: 'make it a readable text file, or remove it to order sections by article count',
        },
      ],
    };
  }
  return parseCategorySettings(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
}
