import path from 'node:path';

import type { Root } from 'hast';
import { z } from 'zod';

import { reservedPageRouteOf } from '../../reserved-paths';
import { FrontMatterSyntaxError, lineOfField, parsePost } from '../front-matter';
import { frontMatterText } from '../front-matter-text';
import { normaliseNewlines } from '../post-steps/validate-post';
import type { ContentProblem } from '../problems';
import { deriveExcerpt } from '../render/plain-text';
import { renderHtml, renderMarkdown } from '../render/render-markdown';
import { slugify } from '../slugs';

/** A page of `_pages/`: 회사소개, 개인정보처리방침 … — not an article: no date, no listing, no feed. */
export type FixedPage = {
  /** Its address, `/privacy`: decoded, NFC, leading slash, no trailing slash. */
  path: string;
  title: string;
  description: string;
  body: Root;
  /** Footer order: `nav_order`, then the file order. */
  navOrder: number | undefined;
  sourcePath: string;
};

export const PAGES_FOLDER = '_pages';
export const PAGE_EXTENSIONS = ['.md', '.markdown', '.html', '.htm'];

// Printed by a Jekyll theme as HTML, so entities mean what they say (front-matter-text.ts); invisible
// characters go, as they do from a post's front matter.
const text = z
  .union([z.string(), z.number(), z.boolean()])
  .transform((value) => frontMatterText(String(value)).trim());

const pageSchema = z.looseObject({
  title: text.optional(),
  permalink: z.string().trim().min(1, 'permalink is empty').optional(),
  description: text.optional(),
  excerpt: text.optional(),
  nav_order: z.coerce.number('write nav_order as a number, e.g. nav_order: 1').optional(),
  published: z.boolean().optional(),
});

/** `/about/`, `about.html`, `/회사소개` → `/about`, `/회사소개`; undefined for a path no route can serve. */
export function pagePathFrom(permalink: string): string | undefined {
  let value = permalink.trim();
  try {
    value = decodeURI(value);
  } catch {
    // Not percent-encoded after all: keep as written.
  }
  value = value.normalize('NFC').replace(/[?#].*$/, '');
  const segments = value
    .replace(/\/index\.html?$/i, '')
    .replace(/\.html?$/i, '')
    .split('/')
    .filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '.' || segment === '..')) return undefined;
  // `/` is the home page's: returned as it is, so the reserved-route check names the owner.
  if (segments.length === 0) return '/';
  return `/${segments.join('/')}`;
}

export type FixedPageFile = { relativePath: string; source: string };

/** Checks one page file: front matter like a post's, a path of its own that no site route owns. */
export function fixedPageFromFile(file: FixedPageFile): {
  page: FixedPage | undefined;
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const report = (
    severity: ContentProblem['severity'],
    field: string,
    line: number,
    message: string,
    hint: string,
  ) => problems.push({ severity, file: file.relativePath, line, column: 1, field, message, hint });
  const source = normaliseNewlines(file.source);
  let parsed = { data: {} as Record<string, unknown>, frontMatterText: '', body: source };
  if (source.startsWith('---')) {
    try {
      parsed = parsePost(source);
    } catch (error) {
      if (!(error instanceof FrontMatterSyntaxError)) throw error;
      report('error', 'front matter', error.line, error.message, error.hint);
      return { page: undefined, problems };
    }
  }
  const lineOf = (field: string) => lineOfField(parsed.frontMatterText, field);
  const fields = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== null));
  const checked = pageSchema.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'front matter');
      report(
        'error',
        field,
        lineOf(field),
        issue.message,
        'see docs/content.md (고정 페이지) for the page fields',
      );
    }
    return { page: undefined, problems };
  }
  const frontMatter = checked.data;
  if (frontMatter.published === false) return { page: undefined, problems };
  const baseName = path.posix
    .basename(file.relativePath)
    .replace(/\.[^.]+$/, '')
    .normalize('NFC');
  const written = frontMatter.permalink ?? `/${slugify(baseName)}`;
  const pagePath = pagePathFrom(written);
  const field = frontMatter.permalink === undefined ? 'file name' : 'permalink';
  const line = frontMatter.permalink === undefined ? 1 : lineOf('permalink');
  if (!pagePath) {
    report(
      'error',
      field,
      line,
      `"${written}" is not a page address`,
      'write permalink as a path such as /about or /privacy',
    );
    return { page: undefined, problems };
  }
  const owner = reservedPageRouteOf(pagePath);
  if (owner) {
    report(
      'error',
      field,
      line,
      `the page would take ${pagePath}, which belongs to the site's ${owner}`,
      'give the page another permalink, e.g. /about or /privacy',
    );
    return { page: undefined, problems };
  }
  const title = frontMatter.title || baseName;
  if (!frontMatter.title)
    report(
      'warning',
      'title',
      lineOf('title'),
      `the page has no title, so it is titled "${title}" after its file name`,
      'add `title: 페이지 제목` to the front matter',
    );
  const body = /\.html?$/i.test(file.relativePath) ? renderHtml(parsed.body) : renderMarkdown(parsed.body);
  return {
    page: {
      path: pagePath,
      title,
      description: frontMatter.description || frontMatter.excerpt || deriveExcerpt(body),
      body,
      navOrder: frontMatter.nav_order,
      sourcePath: file.relativePath,
    },
    problems,
  };
}

/** Every page, in footer order (`nav_order` first, then file order); two pages at one address is an error. */
export function fixedPagesFromFiles(files: FixedPageFile[]): {
  pages: FixedPage[];
  problems: ContentProblem[];
} {
  const problems: ContentProblem[] = [];
  const pages: FixedPage[] = [];
  const byPath = new Map<string, FixedPage>();
  for (const file of [...files].sort((a, b) => a.relativePath.localeCompare(b.relativePath))) {
    const result = fixedPageFromFile(file);
    problems.push(...result.problems);
    if (!result.page) continue;
    const earlier = byPath.get(result.page.path);
    if (earlier) {
      problems.push({
        severity: 'error',
        file: file.relativePath,
        line: 1,
        column: 1,
        field: 'permalink',
        message: `claims ${result.page.path}, as does ${earlier.sourcePath}`,
        hint: 'give one of the two pages another permalink',
      });
      continue;
    }
    byPath.set(result.page.path, result.page);
    pages.push(result.page);
  }
  const position = new Map(pages.map((page, index) => [page, index]));
  pages.sort(
    (a, b) =>
      (a.navOrder ?? Infinity) - (b.navOrder ?? Infinity) || (position.get(a) ?? 0) - (position.get(b) ?? 0),
  );
  return { pages, problems };
}
