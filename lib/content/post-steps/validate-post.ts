import path from 'node:path';

import { FrontMatterSyntaxError, lineOfField, parsePost } from '../front-matter';
import { frontMatterSchema, hintForField } from '../front-matter-schema';
import type { StepProblem, ValidPost } from './post-step';

/** Larger than any real article with pasted markup; a bigger file is a mistake or an attack. */
export const MAX_POST_CHARACTERS = 1_000_000;

/** Text as editors' tools write it: a byte-order mark, CRLF or lone CR line endings. */
export function normaliseNewlines(source: string): string {
  return source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

type Validated = { post: ValidPost | undefined; problems: StepProblem[] };

const refusal = (problem: StepProblem): Validated => ({ post: undefined, problems: [problem] });

/** The first step: size, front matter present and parsed, fields as the schema wants, and published. */
export function validatePost(file: {
  relativePath: string;
  source: string;
  jekyllTimeZone?: string;
}): Validated {
  if (file.source.length > MAX_POST_CHARACTERS) {
    return refusal({
      severity: 'error',
      field: 'file',
      line: 1,
      message: `the file has ${file.source.length} characters, more than the ${MAX_POST_CHARACTERS} a post may have`,
      hint: 'split it into several posts, or remove pasted markup and embedded data',
    });
  }
  const text = normaliseNewlines(file.source);
  if (text.trim() === '') {
    return refusal({
      severity: 'error',
      field: 'file',
      line: 1,
      message: 'the file is empty',
      hint: 'add front matter and a body, or delete the file',
    });
  }
  if (!text.startsWith('---')) {
    return refusal({
      severity: 'error',
      field: 'front matter',
      line: 1,
      message: 'the file has no front matter',
      hint: 'start the file with a --- line, the fields, and another --- line',
    });
  }

  let parsed;
  try {
    parsed = parsePost(text);
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    return refusal({
      severity: 'error',
      field: 'front matter',
      line: error.line,
      column: error.column,
      message: error.message,
      hint: error.hint,
    });
  }

  const lineOf = (field: string) => lineOfField(parsed.frontMatterText, field);
  // `key:` with nothing after it is YAML null; Jekyll treats it as not set, and so does this site.
  const fields = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== null));
  const checked = frontMatterSchema.safeParse(fields);
  if (!checked.success) {
    return {
      post: undefined,
      problems: checked.error.issues.map((issue) => {
        const field = String(issue.path[0] ?? 'front matter');
        return {
          severity: 'error',
          field,
          line: lineOf(field),
          message: issue.message,
          hint: hintForField(field),
        };
      }),
    };
  }
  if (checked.data.published === false) {
    return refusal({
      severity: 'warning',
      field: 'published',
      line: lineOf('published'),
      message: 'published: false, so the post is not built',
      hint: 'set published: true to put it on the site',
    });
  }
  return {
    post: {
      relativePath: file.relativePath,
      baseName: path.posix
        .basename(file.relativePath)
        .replace(/\.[^.]+$/, '')
        .normalize('NFC'),
      frontMatter: checked.data,
      body: parsed.body,
      bodyLine: parsed.bodyLine,
      isHtml: /\.html?$/i.test(file.relativePath),
      frontMatterText: parsed.frontMatterText,
      jekyllTimeZone: file.jekyllTimeZone,
      lineOf,
    },
    problems: [],
  };
}
