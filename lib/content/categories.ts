import type { FrontMatter } from './front-matter-schema';
import { removeInvisibleCharacters } from './invisible-characters';
import { slugify } from './slugs';
import type { CategoryRef } from './types';

type CategoryField = FrontMatter['categories'];

/** Names from a Jekyll name list: `categories`/`tags` strings are split on spaces (and commas), list items are one name each. */
export function namesFrom(field: CategoryField, splitString: boolean): string[] {
  if (field === undefined) return [];
  // Jekyll splits a `categories` string on spaces; a list item, or a singular `category`, is one name.
  // Commas split too: Jekyll would keep `경제,` with its comma, which no editor means.
  if (typeof field === 'string') return splitString ? field.split(/[\s,]+/) : [field];
  return field.flat();
}

/** Categories from `categories` and `category`, de-duplicated by slug, in the order written. */
export function categoriesFromFrontMatter(
  frontMatter: Pick<FrontMatter, 'categories' | 'category'>,
): CategoryRef[] {
  const names = [...namesFrom(frontMatter.categories, true), ...namesFrom(frontMatter.category, false)];
  const seen = new Map<string, CategoryRef>();
  for (const raw of names) {
    const name = removeInvisibleCharacters(raw.normalize('NFC')).trim();
    const slug = slugify(name);
    if (slug && !seen.has(slug)) seen.set(slug, { name, slug });
  }
  return [...seen.values()];
}
