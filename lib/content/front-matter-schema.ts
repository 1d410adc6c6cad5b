import { z } from 'zod';

/** YAML turns `title: 2024` into a number; a scalar is still text to an editor. */
const text = z.union([z.string(), z.number(), z.boolean()]).transform((value) => String(value));

const categoryList = z.union([text, z.array(z.union([text, z.array(text)]))]);

const imageField = z.union([
  z.string().trim().min(1),
  z.object({ path: z.string().trim().min(1), alt: text.optional() }),
]);

const sourceField = z.union([
  z.string().trim().min(1),
  z.object({
    title: text,
    url: z.url({ protocol: /^https?$/, error: 'url must be an http(s) address' }).optional(),
    publisher: text.optional(),
  }),
]);

/**
 * The one schema for post front matter. It accepts the shapes Jekyll accepts; normalising them into an
 * `Article` is the loader's job.
 */
export const frontMatterSchema = z.looseObject({
  title: text.refine((value) => value.trim().length > 0, 'title is empty'),
  date: text.optional(),
  updated: text.optional(),
  categories: categoryList.optional(),
  category: categoryList.optional(),
  excerpt: text.optional(),
  feature_text: text.optional(),
  image: imageField.optional(),
  source: sourceField.optional(),
  published: z.boolean().optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

const HINTS: Record<string, string> = {
  title: 'add `title: 기사 제목` to the front matter',
  date: 'write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0900',
  updated: 'write the date as YYYY-MM-DD or YYYY-MM-DD HH:MM:SS +0900',
  categories: 'write categories as a list (- 경제) or a space-separated string',
  category: 'write one category name as text',
  image: "write image as a path such as '/assets/img/photo.jpg', or as { path, alt }",
  source: 'write source as text, or as { title, url, publisher }',
  published: 'write published: true or published: false',
};

export function hintForField(field: string): string {
  return HINTS[field] ?? 'see docs/content.md for the accepted front-matter fields';
}
