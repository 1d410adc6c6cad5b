import { z } from 'zod';

import { removeInvisibleCharacters } from './invisible-characters';

/**
 * YAML turns `title: 2024` into a number; a scalar is still text to an editor. Every text field loses
 * its invisible characters here (bidirectional overrides such as U+202E, zero-width spaces), once.
 */
const text = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((value) => removeInvisibleCharacters(String(value)));

/** Long enough for any headline; a longer one is a mistake or an attack (its share picture took 18 s). */
export const MAX_TITLE_CHARACTERS = 300;
const title = text.pipe(
  z.string().max(MAX_TITLE_CHARACTERS, {
    error: (issue) =>
      `the title has ${typeof issue.input === 'string' ? issue.input.length : 'too many'} characters, more than the ${MAX_TITLE_CHARACTERS} a title may have`,
  }),
);

/** The scheme a browser would see: WHATWG URL parsing drops tabs and newlines (`java\tscript:`). */
function isPathOrWebAddress(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value, 'https://this-site.invalid/').protocol);
  } catch {
    return false;
  }
}

/** A name list as Jekyll reads `categories` and `tags`: text, or a list nested to any depth (flattened). */
const nameList = z.preprocess(
  (value) => (Array.isArray(value) ? value.flat(Infinity) : value),
  z.union([text, z.array(text)]),
);

/** A picture address: a path on this site or an http(s) URL; `javascript:`, `data:` and the like never load. */
const imagePath = z
  .string()
  .trim()
  .min(1)
  .refine(isPathOrWebAddress, 'an image must be a path or an http(s) address');

const imageField = z.union([
  imagePath,
  z.object({ path: imagePath, alt: text.optional(), caption: text.optional(), credit: text.optional() }),
]);

const sourceField = z.union([
  z.string().trim().min(1).transform(removeInvisibleCharacters),
  z.object({
    title: text,
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).optional(),
    publisher: text.optional(),
  }),
]);

const pathList = z.union([z.string(), z.array(z.string())]);

/** A reporter: an id or a name, jekyll-seo-tag's `{ name: … }`, or a list of them. */
const reporterName = z.union([text, z.looseObject({ name: text }).transform((author) => author.name)]);
const authorField = z.union([reporterName, z.array(reporterName)]);

/**
 * The one schema for post front matter. It accepts the shapes Jekyll accepts; normalising them into an
 * `Article` is the loader's job. A missing or blank title is allowed here: the loader derives one from
 * the file name, as Jekyll does, and warns.
 */
export const frontMatterSchema = z.looseObject({
  title: title.optional().nullable(),
  date: text.optional(),
  updated: text.optional(),
  categories: nameList.optional(),
  category: nameList.optional(),
  tags: nameList.optional(),
  tag: nameList.optional(),
  excerpt: text.optional(),
  excerpt_separator: z.string().min(1, 'excerpt_separator is empty').optional(),
  feature_text: text.optional(),
  image: imageField.optional(),
  feature_image: imagePath.optional(),
  source: sourceField.optional(),
  published: z.boolean().optional(),
  permalink: z.string().trim().min(1).optional(),
  redirect_from: pathList.optional(),
  last_modified_at: text.optional(),
  author: authorField.optional(),
  authors: authorField.optional(),
  corrections: z
    .array(z.object({ date: text, text: text }), 'write corrections as a list of { date, text }')
    .optional(),
  breaking: z.boolean('write breaking: true or breaking: false').optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const HINTS: Record<string, string> = {
  title: 'add `title: 기사 제목` to the front matter',
  date: 'write the date as YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +0900 or YYYY-MM-DD HH:MM:SS Asia/Seoul',
  updated: 'write the date as YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +0900 or YYYY-MM-DD HH:MM:SS Asia/Seoul',
  categories: 'write categories as a list (- 경제) or a space-separated string',
  category: 'write one category name as text',
  tags: 'write tags as a list (- 경찰) or a space-separated string',
  tag: 'write one tag as text',
  image: "write image as a path such as '/assets/img/photo.jpg', or as { path, alt, caption, credit }",
  feature_image: "write feature_image as a path such as '/assets/img/photo.jpg'",
  excerpt_separator: 'write the marker that ends the excerpt, e.g. excerpt_separator: <!--more-->',
  source: 'write source as text, or as { title, url, publisher }',
  published: 'write published: true or published: false',
  permalink: 'write permalink as a path such as /2023/09/18/old-title.html',
  redirect_from: 'write redirect_from as a path, or a list of paths starting with /',
  last_modified_at:
    'write the date as YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +0900 or YYYY-MM-DD HH:MM:SS Asia/Seoul',
  author: 'write author as a reporter id from _data/authors.yml, a name, or a list of them',
  authors: 'write authors as a list of reporter ids from _data/authors.yml or names',
  corrections: 'write corrections as a list of `- date: 2023-09-19 14:20` and `text: 무엇을 바로잡았는지`',
  breaking: 'write breaking: true for breaking news, or leave the field out',
};

export function hintForField(field: string): string {
  return HINTS[field] ?? 'see docs/content.md for the accepted front-matter fields';
}
