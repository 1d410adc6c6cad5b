import path from 'node:path';
import { categoriesFromFrontMatter } from './categories';
import { parsePostDate, splitDatedFileName } from './dates';
import { FrontMatterSyntaxError, lineOfField, parsePost } from './front-matter';
import { frontMatterSchema, hintForField, type FrontMatter } from './front-matter-schema';
import type { ContentProblem } from './problems';
import { liftLeadImage } from './render/lead-image';
import { deriveExcerpt } from './render/plain-text';
import { renderMarkdown } from './render/render-markdown';
import { liftSourceLine } from './render/source-line';
import { slugify } from './slugs';
import type { Article, ArticleImage, SourceAttribution } from './types';

export type PostFile = {
  /** Path relative to the content folder, with forward slashes. */
  relativePath: string;
  source: string;
};

export type PostResult = { article: Article | undefined; problems: ContentProblem[] };

/** Text as editors' tools write it: a byte-order mark, CRLF or lone CR line endings. */
export function normaliseNewlines(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

function imageFrom(field: FrontMatter['image']): ArticleImage | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'string') return { src: field.trim(), alt: '' };
  return { src: field.path.trim(), alt: field.alt ?? '' };
}

function sourceFrom(field: FrontMatter['source']): SourceAttribution | undefined {
  if (field === undefined) return undefined;
  if (typeof field === 'string') return { title: field.trim(), url: undefined, publisher: undefined };
  return { title: field.title.trim(), url: field.url, publisher: field.publisher?.trim() || undefined };
}

/** Checks one post and turns it into an Article, or says precisely why it cannot. */
export function articleFromPost(file: PostFile): PostResult {
  const problems: ContentProblem[] = [];
  const report = (severity: ContentProblem['severity'], field: string, line: number, message: string, hint: string) =>
    problems.push({ severity, file: file.relativePath, line, column: 1, field, message, hint });

  const text = normaliseNewlines(file.source);
  if (text.trim() === '') {
    report('error', 'file', 1, 'the file is empty', 'add front matter and a body, or delete the file');
    return { article: undefined, problems };
  }
  if (!text.startsWith('---')) {
    report('error', 'front matter', 1, 'the file has no front matter', 'start the file with a --- line, the fields, and another --- line');
    return { article: undefined, problems };
  }

  let parsed;
  try {
    parsed = parsePost(text);
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    problems.push({ severity: 'error', file: file.relativePath, line: error.line, column: error.column, field: 'front matter', message: error.message, hint: error.hint });
    return { article: undefined, problems };
  }

  const checked = frontMatterSchema.safeParse(parsed.data);
  if (!checked.success) {
    for (const issue of checked.error.issues) {
      const field = String(issue.path[0] ?? 'front matter');
      report('error', field, lineOfField(parsed.frontMatterText, field), issue.message, hintForField(field));
    }
    return { article: undefined, problems };
  }
  const frontMatter = checked.data;

  if (frontMatter.published === false) {
    report('warning', 'published', lineOfField(parsed.frontMatterText, 'published'), 'published: false, so the post is not built', 'set published: true to put it on the site');
    return { article: undefined, problems };
  }

  const baseName = path.posix.basename(file.relativePath).replace(/\.[^.]+$/, '');
  const { datePart } = splitDatedFileName(baseName.normalize('NFC'));
  const dateText = frontMatter.date ?? datePart;
  const dateField = frontMatter.date !== undefined ? 'date' : 'file name';
  if (dateText === undefined) {
    report('error', 'date', 1, 'the post has no date', 'add `date: YYYY-MM-DD` or name the file YYYY-MM-DD-제목.md');
    return { article: undefined, problems };
  }
  const date = parsePostDate(dateText);
  if (!date.ok) {
    report('error', dateField, lineOfField(parsed.frontMatterText, 'date'), date.reason, hintForField('date'));
    return { article: undefined, problems };
  }
  let updated = date.date;
  if (frontMatter.updated !== undefined) {
    const parsedUpdated = parsePostDate(frontMatter.updated);
    if (parsedUpdated.ok) updated = parsedUpdated.date;
    else report('error', 'updated', lineOfField(parsed.frontMatterText, 'updated'), parsedUpdated.reason, hintForField('updated'));
  }

  const slug = slugify(baseName);
  if (!slug) {
    report('error', 'file name', 1, 'the file name gives no usable URL', 'rename the file with letters or numbers, e.g. 2024-01-02-기사-제목.md');
    return { article: undefined, problems };
  }

  const body = renderMarkdown(parsed.body);
  let image = imageFrom(frontMatter.image);
  if (image) {
    const lifted = liftLeadImage(body, image.src);
    if (lifted && !image.alt) image = { ...image, alt: lifted.alt };
  }
  const sourceLine = liftSourceLine(body);
  const attribution = sourceFrom(frontMatter.source) ?? sourceLine;

  if (problems.some((problem) => problem.severity === 'error')) return { article: undefined, problems };
  return {
    article: {
      slug,
      title: frontMatter.title.trim(),
      date: date.date,
      updated,
      categories: categoriesFromFrontMatter(frontMatter),
      excerpt: frontMatter.excerpt?.replace(/\s+/g, ' ').trim() || deriveExcerpt(body),
      featureText: frontMatter.feature_text ? renderMarkdown(frontMatter.feature_text) : undefined,
      image,
      source: attribution,
      body,
      sourcePath: file.relativePath,
    },
    problems,
  };
}
