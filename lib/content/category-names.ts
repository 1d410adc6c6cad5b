import type { ContentProblem } from './problems';
import type { ArticleRecord, CategoryRef } from './types';

/**
 * One display name per category slug. A name the site sets for the whole site (`named`, e.g. from
 * `_data/categories.yml`) wins; else the oldest post (by date, then path) that names the category fixes
 * its spelling, so a new post cannot rename a category site-wide by spelling it differently.
 */
export function categoryDisplayNames(
  articles: readonly ArticleRecord[],
  named: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const names = new Map(named);
  for (const article of [...articles].sort(oldestFirst)) {
    for (const category of article.categories) {
      if (!names.has(category.slug)) names.set(category.slug, category.name);
    }
  }
  return names;
}

/** The article with each category shown by its display name (the slug, and so the category, stays). */
export function withDisplayNames<A extends ArticleRecord>(article: A, names: ReadonlyMap<string, string>): A {
  const renamed = (category: CategoryRef) => names.get(category.slug) ?? category.name;
  if (article.categories.every((category) => renamed(category) === category.name)) return article;
  return {
    ...article,
    categories: article.categories.map((category) => ({ ...category, name: renamed(category) })),
  };
}

/** By date, then by path, so two posts of one instant are ordered the same on every run. */
export function oldestFirst(a: ArticleRecord, b: ArticleRecord): number {
  const byDate = a.date.getTime() - b.date.getTime();
  if (byDate !== 0) return byDate;
  return a.sourcePath < b.sourcePath ? -1 : a.sourcePath > b.sourcePath ? 1 : 0;
}

/**
 * Cyrillic and Greek letters drawn like a Latin letter (taken from the single-letter entries of
 * Unicode's confusables.txt for these scripts), each mapped to that Latin letter: `Рolitics` and `Politics` have
 * one skeleton.
 */
const LOOK_ALIKES = 'АВЕКМНОРСТХУІЈЅҮԚԜӀаеорсухіјѕһԁԛԝӏүΑΒΕΖΗΙΚΜΝΟΡΤΥΧονιρα';
const LATIN_LETTERS = 'abekmhopctxyijsyqwlaeopcyxijshdqwlyabezhikmnoptyxovipa';
const LATIN_LOOK_ALIKES = new Map(
  [...LOOK_ALIKES].map((letter, index) => [letter, LATIN_LETTERS[index] ?? letter]),
);

/** Lower case, with every look-alike letter as the Latin letter it is drawn like. */
function skeleton(name: string): string {
  let out = '';
  for (const letter of name.normalize('NFC')) out += LATIN_LOOK_ALIKES.get(letter) ?? letter.toLowerCase();
  return out;
}

const LOOK_ALIKE_SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
];

/** The look-alike scripts (Latin, Cyrillic, Greek) a name's letters come from; Hangul, Han and digits are not counted. */
function scriptsOf(name: string): string[] {
  return LOOK_ALIKE_SCRIPTS.filter(([, pattern]) => pattern.test(name)).map(([script]) => script);
}

export type NamedCategories = {
  file: string;
  /** Line of the `categories` (or `category`) field. */
  line: number;
  categories: readonly CategoryRef[];
};

/**
 * Warnings on category names built from letters of two look-alike scripts (a Cyrillic `Р` among Latin
 * letters), and on two categories that look the same but are not (`Politics` and `Роlitics` with a
 * Cyrillic `Р` and `о`): each is a second category that readers cannot tell from the first.
 */
export function lookAlikeCategoryWarnings(posts: readonly NamedCategories[]): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const bySkeleton = new Map<string, { name: string; slug: string; file: string }>();
  const warned = new Set<string>();
  for (const { file, line, categories } of posts) {
    for (const { name, slug } of categories) {
      const warn = (message: string) =>
        warnings.push({
          severity: 'warning',
          file,
          line,
          column: 1,
          field: 'categories',
          message,
          hint: 'retype the category name in one script (for an English name, in Latin letters)',
        });
      const scripts = scriptsOf(name);
      if (scripts.length > 1 && !warned.has(`mixed ${file} ${slug}`)) {
        warned.add(`mixed ${file} ${slug}`);
        warn(
          `the category "${name}" mixes ${scripts.join(' and ')} letters, so it looks like another name but is a category of its own`,
        );
      }
      const key = skeleton(name);
      const first = bySkeleton.get(key);
      if (!first) bySkeleton.set(key, { name, slug, file });
      else if (first.slug !== slug && !warned.has(`like ${file} ${slug}`)) {
        warned.add(`like ${file} ${slug}`);
        warn(
          `the category "${name}" looks like "${first.name}" (${first.file}) but is spelled with other letters, so it is a second category`,
        );
      }
    }
  }
  return warnings;
}
