/**
 * `CONTENT_DIR/_data/categories.yml`: the editors' list of categories, in front-page order.
 *
 *   - name: 경제            # the display name (also fixes how an imported category is spelled)
 *     slug: economy         # optional: the category it names, else the slug of `name`
 *     section: false        # optional: keep it off the front page's sections (default true)
 *
 * A plain `- 경제` is read as `{ name: 경제 }`. Problems name the file, the item's line and the field.
 */
import yaml from 'js-yaml';
import { z } from 'zod';

import { removeInvisibleCharacters } from './invisible-characters';
import type { ContentProblem } from './problems';
import { slugify } from './slugs';

export const CATEGORY_SETTINGS_FILE = '_data/categories.yml';

export type CategorySetting = {
  /** Display name as the editors want it shown. */
  name: string;
  slug: string;
  /** Whether the category has a section on the front page. */
  section: boolean;
  /** Line of its entry, for messages. */
  line: number;
};

const entrySchema = z.strictObject({
  name: z
    .union([z.string(), z.number()], { error: 'name is missing: every entry needs `name:`' })
    .transform(String),
  slug: z.union([z.string(), z.number()]).transform(String).optional(),
  section: z.boolean().optional(),
});

const HINT = 'write each category as `- name: 경제` with optional `slug: economy` and `section: false` lines';

/** The 1-based line of each top-level `- ` item, found in one pass over the text. */
function itemLines(text: string): number[] {
  const lines = text.split('\n');
  const indent =
    lines.map((line) => /^(\s*)- /.exec(line)?.[1]?.length).find((found) => found !== undefined) ?? 0;
  const found: number[] = [];
  lines.forEach((line, index) => {
    if (line.startsWith(`${' '.repeat(indent)}- `) || line === `${' '.repeat(indent)}-`)
      found.push(index + 1);
  });
  return found;
}

/** Reads the file's text into settings and problems; never throws. */
export function parseCategorySettings(
  text: string,
  file = CATEGORY_SETTINGS_FILE,
): { settings: CategorySetting[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (
    line: number,
    field: string,
    message: string,
    hint = HINT,
    severity: ContentProblem['severity'] = 'error',
  ) => problems.push({ severity, file, line, column: 1, field, message, hint });
  let value: unknown;
  try {
    value = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    report(error.mark.line + 1, 'categories', `not valid YAML: ${error.reason}`);
    return { settings: [], problems };
  }
  if (value === null || value === undefined) return { settings: [], problems };
  if (!Array.isArray(value)) {
    report(1, 'categories', 'the file is not a list of categories');
    return { settings: [], problems };
  }
  const lines = itemLines(text);
  const settings: CategorySetting[] = [];
  const seen = new Map<string, number>();
  value.forEach((raw: unknown, index) => {
    const line = lines[index] ?? 1;
    const parsed =
      typeof raw === 'string' ? { success: true as const, data: { name: raw } } : entrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field =
          issue.path.length > 0 ? `categories[${index}].${issue.path.join('.')}` : `categories[${index}]`;
        report(
          line,
          field,
          issue.code === 'unrecognized_keys' ? `unknown field ${issue.keys.join(', ')}` : issue.message,
        );
      }
      return;
    }
    const item = parsed.data;
    const name = removeInvisibleCharacters(item.name.normalize('NFC')).trim();
    const slug = slugify(item.slug ?? name);
    if (!name || !slug) {
      report(
        line,
        `categories[${index}].${name ? 'slug' : 'name'}`,
        name ? 'the slug has no letters or numbers' : 'the name is empty',
      );
      return;
    }
    const earlier = seen.get(slug);
    if (earlier !== undefined) {
      report(
        line,
        `categories[${index}]`,
        `names the category ${slug} again (first on line ${earlier})`,
        'keep one entry per category',
        'warning',
      );
      return;
    }
    seen.set(slug, line);
    settings.push({ name, slug, section: item.section ?? true, line });
  });
  return { settings, problems };
}

/** Settings naming categories no article has: a typo, or a category that was renamed. */
export function unusedCategorySettings(
  settings: CategorySetting[],
  usedSlugs: Set<string>,
  file = CATEGORY_SETTINGS_FILE,
): ContentProblem[] {
  return settings
    .filter((setting) => !usedSlugs.has(setting.slug))
    .map((setting) => ({
      severity: 'warning',
      file,
      line: setting.line,
      column: 1,
      field: 'categories',
      message: `no article has the category ${setting.slug} (${setting.name})`,
      hint: 'check the spelling, or add `slug:` with the category as articles write it',
    }));
}

/** The display name the file gives each category, by slug. */
export function categoryNamesOf(settings: readonly CategorySetting[]): Map<string, string> {
  return new Map(settings.map((setting) => [setting.slug, setting.name]));
}
