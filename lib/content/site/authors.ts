import { z } from 'zod';

import { frontMatterText } from '../front-matter-text';
import type { ContentProblem } from '../problems';
import { slugify } from '../slugs';
import { lineOfKeyPath, parseDataFile, type DataFile } from './data-file';
import { EXAMPLE_MARKER } from './publisher';

/** A reporter as readers see them: on the byline, on their page and in JSON-LD. */
export type Reporter = {
  /** The id in `_data/authors.yml`, or the value as written for a reporter the file does not name. */
  id: string;
  /** URL segment of `/reporters/<slug>`; empty when the name gives none (then there is no page). */
  slug: string;
  name: string;
  email: string | undefined;
  /** 기자 unless `role` says otherwise (논설위원, 특파원 …). */
  role: string;
  bio: string | undefined;
  image: string | undefined;
  /** False for a value that matched nothing in `_data/authors.yml`. */
  known: boolean;
};

export const AUTHORS_FILE = '_data/authors.yml';
export const DEFAULT_ROLE = '기자';

// Printed by a Jekyll theme as HTML, so entities mean what they say (front-matter-text.ts); invisible
// characters go, as they do from a post's front matter.
const text = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((value) => frontMatterText(String(value)).trim());
const picture = z
  .string()
  .trim()
  .refine(
    (value) => value === '' || value.startsWith('/') || /^https?:\/\//i.test(value),
    'a picture must be a site path or an http(s) address',
  );

/** Our shape (`name`, `email`, `role`, `bio`, `image`) and Minimal Mistakes' (`avatar`, `links` with a mailto:). */
const authorSchema = z.looseObject({
  name: text.optional(),
  email: text.optional(),
  role: text.optional(),
  bio: text.optional(),
  image: picture.optional(),
  avatar: picture.optional(),
  links: z.array(z.looseObject({ label: text.optional(), url: text.optional() })).optional(),
});

function emailFromLinks(links: { url?: string }[] | undefined): string | undefined {
  const mail = links?.find((link) => link.url?.toLowerCase().startsWith('mailto:'));
  return mail?.url?.slice('mailto:'.length).trim() || undefined;
}

export type AuthorsResult = { reporters: Reporter[]; problems: ContentProblem[] };

/**
 * Checks `authors.yml`; without the file there are no known reporters and no message. With `realSite`
 * (a real SITE_URL), a reporter still holding the shipped example's 예시 values is a warning.
 */
export function reportersFromFile(file: DataFile | undefined, realSite = false): AuthorsResult {
  if (!file) return { reporters: [], problems: [] };
  const parsed = parseDataFile(file);
  if (parsed.problems.length > 0) return { reporters: [], problems: parsed.problems };
  const problems: ContentProblem[] = [];
  const reporters: Reporter[] = [];
  const bySlug = new Map<string, string>();
  for (const [id, entry] of Object.entries(parsed.value)) {
    const report = (keys: (string | number)[], field: string, message: string, hint: string) =>
      problems.push({
        severity: 'error',
        file: file.relativePath,
        line: lineOfKeyPath(file.source, keys),
        column: 1,
        field,
        message,
        hint,
      });
    const checked = authorSchema.safeParse(entry ?? {});
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const keys = [id, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
        report(
          keys,
          keys.join('.'),
          issue.message,
          'write each reporter as `id:` with name, email, and optionally role, bio and image below it',
        );
      }
      continue;
    }
    const slug = slugify(id);
    if (!slug) {
      report(
        [id],
        id,
        `the id "${id}" gives no usable URL for /reporters/<id>`,
        'use letters or numbers in the id, e.g. hong-gildong',
      );
      continue;
    }
    const earlier = bySlug.get(slug);
    if (earlier !== undefined) {
      report(
        [id],
        id,
        `the id "${id}" gives the same page /reporters/${slug} as "${earlier}"`,
        'give one of the two reporters another id',
      );
      continue;
    }
    bySlug.set(slug, id);
    const fields = checked.data;
    if (realSite) {
      for (const field of ['name', 'email', 'role', 'bio'] as const) {
        const value = fields[field];
        if (!value?.includes(EXAMPLE_MARKER)) continue;
        problems.push({
          severity: 'warning',
          file: file.relativePath,
          line: lineOfKeyPath(file.source, [id, field]),
          column: 1,
          field: `${id}.${field}`,
          message: `still holds the example value "${value}" on a real site`,
          hint: `replace the ${EXAMPLE_MARKER} reporter with the newsroom's own`,
        });
      }
    }
    reporters.push({
      id,
      slug,
      name: fields.name || id,
      email: fields.email || emailFromLinks(fields.links),
      role: fields.role || DEFAULT_ROLE,
      bio: fields.bio || undefined,
      image: fields.image || fields.avatar || undefined,
      known: true,
    });
  }
  return { reporters, problems };
}

/** What a post's `author` value is taken to be: an id, then a name, else the value as written. */
export function resolveAuthor(value: string, reporters: Reporter[]): Reporter {
  const lower = value.toLowerCase();
  return (
    reporters.find((reporter) => reporter.id === value) ??
    reporters.find((reporter) => reporter.id.toLowerCase() === lower) ??
    reporters.find((reporter) => reporter.name === value) ?? {
      id: value,
      slug: slugify(value),
      name: value,
      email: undefined,
      role: DEFAULT_ROLE,
      bio: undefined,
      image: undefined,
      known: false,
    }
  );
}

type AuthoredPost = { sourcePath: string; authors: string[]; authorLine: number };

/** One warning per distinct `author` value that no id or name in `authors.yml` matches, at its first use. */
export function unknownAuthorProblems(posts: AuthoredPost[], reporters: Reporter[]): ContentProblem[] {
  const seen = new Set<string>();
  const problems: ContentProblem[] = [];
  for (const post of posts) {
    for (const value of post.authors) {
      if (seen.has(value) || resolveAuthor(value, reporters).known) continue;
      seen.add(value);
      problems.push({
        severity: 'warning',
        file: post.sourcePath,
        line: post.authorLine,
        column: 1,
        field: 'author',
        message: `"${value}" is not an id or a name in ${AUTHORS_FILE}, so it is shown as written`,
        hint: `add ${value} to ${AUTHORS_FILE} with name and email, or use an id from it`,
      });
    }
  }
  return problems;
}
