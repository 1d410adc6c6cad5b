import path from 'node:path';
import { categoriesFromFrontMatter } from './categories';
import { parsePostDate, formatDay, splitDatedFileName } from '../clock';
import { FrontMatterSyntaxError, lineOfField, parsePost } from './front-matter';
import { frontMatterSchema, hintForField, type FrontMatter } from './front-matter-schema';
import { findEditorPlaceholders } from './editor-placeholders';
import { markdownLines } from './fences';
import { removeInvisibleCharacters } from './invisible-characters';
import { frontMatterLegacyPaths } from './front-matter-legacy-paths';
import { resolveLiquid, type PostLink } from './liquid';
import type { ContentProblem } from './problems';
import { liftLeadImage } from './render/lead-image';
import { deriveExcerpt } from './render/plain-text';
import { renderHtml, renderMarkdown } from './render/render-markdown';
import { liftSourceLine } from './render/source-line';
import { slugify } from './slugs';
import { tagsFromFrontMatter } from './tags';
import { titleFromFileName } from './titles';
import type { Article, ArticleImage, SourceAttribution } from './types';

export type PostFile = {
  /** Path relative to the content folder, with forward slashes. */
  relativePath: string;
  source: string;
};

export type PostResult = {
  article: Article | undefined;
  problems: ContentProblem[];
  /** Posts this one links to with `{% post_url %}`, checked against the whole archive. */
  postLinks?: PostLink[];
  /** Line of the `date` field (1 when the date comes from the file name), for archive-level messages. */
  dateLine?: number;
  /** For each legacy path, the field and file line it came from, for archive-level messages. */
  legacyPathSources?: Record<string, { field: string; line: number }>;
};

/** Larger than any real article with pasted markup; a bigger file is a mistake or an attack. */
export const MAX_POST_CHARACTERS = 1_000_000;

/** Jekyll's default excerpt marker in many Korean themes; invisible in HTML, so honoured without being set. */
const DEFAULT_EXCERPT_SEPARATOR = '<!--more-->';

/** Text as editors' tools write it: a byte-order mark, CRLF or lone CR line endings. */
export function normaliseNewlines(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function imageFrom(field: FrontMatter['image'], featureImage: string | undefined): ArticleImage | undefined {
  if (field === undefined) return featureImage === undefined ? undefined : { src: featureImage.trim(), alt: '' };
  if (typeof field === 'string') return { src: field.trim(), alt: '' };
  return { src: field.path.trim(), alt: field.alt ?? '' };
}

function sourceFrom(field: FrontMatter['source']): SourceAttribution | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'string') return { title: field.trim(), url: undefined, publisher: undefined };
  return { title: field.title.trim(), url: field.url, publisher: field.publisher?.trim() || undefined };
}

function isHtmlPost(relativePath: string): boolean {
  return /\.html?$/i.test(relativePath);
}

/** Where `marker` first occurs outside fenced code (a post about Jekyll may show the marker as code). */
function indexOutsideFences(body: string, marker: string): number {
  if (marker.includes('\n')) return body.indexOf(marker);
  const found = markdownLines(body).find(({ line, inFence }) => !inFence && line.includes(marker));
  return found ? found.offset + found.line.indexOf(marker) : -1;
}

/** The body split at its excerpt marker: the part before is the excerpt's source; the marker itself goes. */
function splitAtExcerptSeparator(body: string, separator: string | undefined): { body: string; lead: string | undefined } {
  const marker = separator ?? DEFAULT_EXCERPT_SEPARATOR;
  const at = indexOutsideFences(body, marker);
  if (at === -1) return { body, lead: undefined };
  return { body: body.slice(0, at) + body.slice(at + marker.length), lead: body.slice(0, at) };
}

/** Checks one post and turns it into an Article, or says precisely why it cannot. Pure: depends on the file only. */
export function articleFromPost(file: PostFile): PostResult {
  const problems: ContentProblem[] = [];
  const postLinks: PostLink[] = [];
  let dateLine = 1;
  const report = (severity: ContentProblem['severity'], field: string, line: number, message: string, hint: string, column = 1) =>
    problems.push({ severity, file: file.relativePath, line, column, field, message, hint });
  const refused = (): PostResult => ({ article: undefined, problems, postLinks, dateLine });

  if (file.source.length > MAX_POST_CHARACTERS) {
    report('error', 'file', 1, `the file has ${file.source.length} characters, more than the ${MAX_POST_CHARACTERS} a post may have`, 'split it into several posts, or remove pasted markup and embedded data');
    return refused();
  }
  const text = normaliseNewlines(file.source);
  if (text.trim() === '') {
    report('error', 'file', 1, 'the file is empty', 'add front matter and a body, or delete the file');
    return refused();
  }
  if (!text.startsWith('---')) {
    report('error', 'front matter', 1, 'the file has no front matter', 'start the file with a --- line, the fields, and another --- line');
    return refused();
  }

  let parsed;
  try {
    parsed = parsePost(text);
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    report('error', 'front matter', error.line, error.message, error.hint, error.column);
    return refused();
  }

  // `key:` with nothing after it is YAML null; Jekyll treats it as not set, and so does this site.
  const fields = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== null));
  const checked = frontMatterSchema.safeParse(fields);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'front matter');
      report('error', field, lineOfField(parsed.frontMatterText, field), issue.message, hintForField(field));
    }
    return refused();
  }
  const frontMatter = checked.data;
  const lineOf = (field: string) => lineOfField(parsed.frontMatterText, field);

  if (frontMatter.published === false) {
    report('warning', 'published', lineOf('published'), 'published: false, so the post is not built', 'set published: true to put it on the site');
    return refused();
  }

  const baseName = path.posix.basename(file.relativePath).replace(/\.[^.]+$/, '').normalize('NFC');
  const { datePart, rest: titleSlug } = splitDatedFileName(baseName);
  const dateText = frontMatter.date ?? datePart;
  if (frontMatter.date !== undefined) dateLine = lineOf('date');
  if (dateText === undefined) {
    report('error', 'date', 1, 'the post has no date', 'add `date: YYYY-MM-DD` or name the file YYYY-MM-DD-제목.md');
    return refused();
  }
  const date = parsePostDate(dateText);
  if (!date.ok) {
    report('error', frontMatter.date !== undefined ? 'date' : 'file name', dateLine, date.reason, hintForField('date'));
    return refused();
  }
  if (frontMatter.date !== undefined && datePart !== undefined) {
    const fileDate = parsePostDate(datePart);
    if (fileDate.ok && formatDay(fileDate.date) !== formatDay(date.date)) {
      report('warning', 'date', dateLine, `the file name says ${datePart} but the date is ${formatDay(date.date)} (Seoul); the front-matter date is used`, 'rename the file or correct the date so the two agree');
    }
  }
  let updated = date.date;
  if (frontMatter.updated !== undefined) {
    const parsedUpdated = parsePostDate(frontMatter.updated);
    if (parsedUpdated.ok) updated = parsedUpdated.date;
    else report('error', 'updated', lineOf('updated'), parsedUpdated.reason, hintForField('updated'));
  }

  const slug = slugify(baseName);
  if (!slug) {
    report('error', 'file name', 1, 'the file name gives no usable URL', 'rename the file with letters or numbers, e.g. 2024-01-02-기사-제목.md');
    return refused();
  }

  let title = removeInvisibleCharacters(frontMatter.title ?? '').trim();
  if (!title) {
    title = titleFromFileName(baseName) || slug;
    const written = frontMatter.title === undefined ? 'has no title' : 'has an empty title';
    report('warning', 'title', lineOf('title'), `the post ${written}, so it is titled "${title}" after its file name, as Jekyll does`, hintForField('title'));
  }

  const html = isHtmlPost(file.relativePath);
  const liquid = resolveLiquid(parsed.body, { markdown: !html });
  postLinks.push(...liquid.postLinks.map((link) => ({ ...link, line: parsed.bodyLine + link.line - 1 })));
  for (const note of [...liquid.notes, ...findEditorPlaceholders(liquid.text)]) {
    report('warning', 'body', parsed.bodyLine + note.line - 1, note.message, note.hint, note.column);
  }

  const render = html ? renderHtml : renderMarkdown;
  const split = splitAtExcerptSeparator(liquid.text, frontMatter.excerpt_separator);
  if (frontMatter.excerpt_separator !== undefined && split.lead === undefined) {
    report('warning', 'excerpt_separator', lineOf('excerpt_separator'), `the body never contains ${frontMatter.excerpt_separator}`, 'put the marker where the excerpt should end, or remove excerpt_separator');
  }
  const body = render(split.body);
  let image = imageFrom(frontMatter.image, frontMatter.feature_image);
  if (image) {
    const lifted = liftLeadImage(body, image.src);
    if (lifted && !image.alt) image = { ...image, alt: lifted.alt };
  }
  const sourceLine = liftSourceLine(body);
  const attribution = sourceFrom(frontMatter.source) ?? sourceLine;
  const categories = categoriesFromFrontMatter(frontMatter);

  const legacy = frontMatterLegacyPaths({
    permalink: frontMatter.permalink,
    redirectFrom: frontMatter.redirect_from,
    date: date.date,
    titleSlug: slugify(titleSlug) || slug,
    categorySlugs: categories.map((category) => category.slug),
    canonicalPath: `/articles/${slug}`,
  });
  for (const note of legacy.notes) report('warning', note.field, lineOf(note.field), note.message, note.hint);

  const frontMatterExcerpt = frontMatter.excerpt === undefined ? '' : removeInvisibleCharacters(frontMatter.excerpt).replace(/\s+/g, ' ').trim();
  const excerpt = frontMatterExcerpt || deriveExcerpt(split.lead === undefined ? body : render(split.lead));

  if (problems.some((problem) => problem.severity === 'error')) return refused();
  return {
    article: {
      slug,
      title,
      date: date.date,
      updated,
      categories,
      tags: tagsFromFrontMatter(frontMatter),
      excerpt,
      featureText: frontMatter.feature_text ? renderMarkdown(frontMatter.feature_text) : undefined,
      image,
      source: attribution,
      body,
      legacyPaths: legacy.paths,
      sourcePath: file.relativePath,
    },
    problems,
    postLinks,
    dateLine,
    legacyPathSources: Object.fromEntries(Object.entries(legacy.fields).map(([legacyPath, field]) => [legacyPath, { field, line: lineOf(field) }])),
  };
}
