import path from 'node:path';

import { wallClock } from '../clock';
import { decodeUriSafely } from './decode-uri';

export type LegacyPathInput = {
  permalink: string | undefined;
  redirectFrom: string | string[] | undefined;
  date: Date;
  /** The file name without date prefix and extension, for `:title`. */
  titleSlug: string;
  categorySlugs: string[];
  /** The article's own path, never a legacy path of itself. */
  canonicalPath: string;
  /** The zone whose clock fills `:year`, `:day`, `:hour`…: the Jekyll site's `timezone`, else Seoul. */
  timeZone?: string;
};

export type LegacyPathNote = {
  field: 'permalink' | 'redirect_from';
  value: string;
  message: string;
  hint: string;
};

/** Jekyll's permalink placeholders, filled in with the post's date (on the site's clock), file name and categories. */
function fillPlaceholders(permalink: string, input: LegacyPathInput): string {
  const { year, month, day, hour, minute, second } = wallClock(input.date, input.timeZone);
  const values: Record<string, string> = {
    year,
    month,
    day,
    short_year: year.slice(2),
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    hour,
    minute,
    second,
    title: input.titleSlug,
    slug: input.titleSlug,
    categories: input.categorySlugs.join('/'),
    output_ext: '.html',
  };
  return permalink.replace(/:(\w+)/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The addresses a post had on the old Jekyll site (`permalink`, `redirect_from`), for redirects to its
 * canonical `/articles/<slug>`: each starts with one `/`, is decoded (not percent-encoded) and NFC, and
 * has no query or fragment. A full URL gives its path.
 */
export function frontMatterLegacyPaths(input: LegacyPathInput): {
  paths: string[];
  notes: LegacyPathNote[];
  fields: Record<string, LegacyPathNote['field']>;
} {
  const notes: LegacyPathNote[] = [];
  const candidates: { field: LegacyPathNote['field']; value: string }[] = [];
  if (input.permalink !== undefined)
    candidates.push({ field: 'permalink', value: fillPlaceholders(input.permalink, input) });
  const redirects = input.redirectFrom === undefined ? [] : [input.redirectFrom].flat();
  for (const value of redirects) candidates.push({ field: 'redirect_from', value });

  const paths = new Set<string>();
  const fields: Record<string, LegacyPathNote['field']> = {};
  for (const { field, value } of candidates) {
    let text = value.trim();
    if (/^https?:\/\//i.test(text)) {
      try {
        text = new URL(text).pathname;
      } catch {
        notes.push({
          field,
          value,
          message: `"${value}" is not a URL or path`,
          hint: 'write the old address as a path such as /2023/09/18/title.html',
        });
        continue;
      }
    }
    text = decodeUriSafely(text.replace(/[?#].*$/, '')).normalize('NFC');
    const unfilled = /:[a-z_]+/i.exec(text);
    if (unfilled) {
      notes.push({
        field,
        value,
        message: `the placeholder ${unfilled[0]} is not one Jekyll fills in for a post`,
        hint: 'use :year, :month, :day, :title or :categories, or write the path out',
      });
      continue;
    }
    const trailingSlash = text.endsWith('/') && text.length > 1;
    let normalised = path.posix.normalize(`/${text}`).replace(/^\/+/, '/');
    if (trailingSlash && !normalised.endsWith('/')) normalised += '/';
    if (normalised === '/' || normalised === '/./') {
      notes.push({
        field,
        value,
        message: 'the site root cannot redirect to one article',
        hint: 'remove this entry',
      });
      continue;
    }
    if (normalised.replace(/\/$/, '') === input.canonicalPath) continue;
    if (!paths.has(normalised)) fields[normalised] = field;
    paths.add(normalised);
  }
  return { paths: [...paths], notes, fields };
}
