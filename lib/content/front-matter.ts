import matter from 'gray-matter';
import yaml from 'js-yaml';

export type ParsedPost = {
  /** Front matter as YAML gave it, not yet checked. */
  data: Record<string, unknown>;
  /** Raw front-matter text, for locating fields by line. */
  frontMatterText: string;
  /** Markdown after the front matter. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
};

export class FrontMatterSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'FrontMatterSyntaxError';
  }
}

function refuseExecutableFrontMatter(): never {
  throw new FrontMatterSyntaxError(
    'JavaScript front matter (---js) is never executed',
    1,
    1,
    'write the front matter as YAML between two --- lines',
  );
}

/**
 * Only null and true/false are read as anything but text. Numbers stay as written (`title: 10.10` is
 * not the number 10.1), timestamps stay strings so that dates are read in Asia/Seoul by our own parser
 * instead of being taken as UTC by js-yaml, and there are no custom tags.
 */
// js-yaml exports its built-in types at run time; @types/js-yaml does not declare them.
const { types } = yaml as typeof yaml & { types: Record<'null' | 'bool', yaml.Type> };
export const FRONT_MATTER_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({ implicit: [types.null, types.bool] });

/** More values than any real post needs; YAML aliases could otherwise expand a few lines into billions. */
export const MAX_FRONT_MATTER_VALUES = 2000;

/** Counts values as a reader of the data would see them, aliases expanded, stopping at the limit. */
export function countValues(value: unknown, budget: { left: number }): void {
  budget.left -= 1;
  if (budget.left < 0 || value === null || typeof value !== 'object') return;
  for (const child of Object.values(value)) {
    countValues(child, budget);
    if (budget.left < 0) return;
  }
}

function parseYaml(text: string): object {
  const value = yaml.load(text, { schema: FRONT_MATTER_SCHEMA, json: false });
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    throw new FrontMatterSyntaxError(
      'front matter is not a list of `key: value` fields',
      2,
      1,
      'write one `key: value` per line',
    );
  }
  const budget = { left: MAX_FRONT_MATTER_VALUES };
  countValues(value, budget);
  if (budget.left < 0) {
    throw new FrontMatterSyntaxError(
      `front matter holds more than ${MAX_FRONT_MATTER_VALUES} values once YAML aliases (*name) are expanded`,
      1,
      1,
      'write the fields out plainly, without & anchors and * aliases',
    );
  }
  return value;
}

/** The 1-based line of the `---` that closes the front matter, or undefined when none does. */
export function closingDelimiterLine(text: string): number | undefined {
  const lines = text.split('\n');
  const index = lines.findIndex((line, position) => position > 0 && /^---\s*$/.test(line));
  return index === -1 ? undefined : index + 1;
}

const engines = {
  yaml: parseYaml,
  js: refuseExecutableFrontMatter,
  javascript: refuseExecutableFrontMatter,
};

/** Splits a post into front matter and body without ever evaluating code. */
export function parsePost(source: string): ParsedPost {
  let file: matter.GrayMatterFile<string>;
  if (source.startsWith('---') && closingDelimiterLine(source) === undefined) {
    throw new FrontMatterSyntaxError(
      'the front matter never closes: no --- line after the opening one',
      1,
      1,
      'end the front matter with a line of three dashes (---) before the body',
    );
  }
  try {
    // Passing options also disables gray-matter's cache, which would hand back shared mutable objects.
    file = matter(source, { engines, language: 'yaml' });
  } catch (error) {
    throw toSyntaxError(error, source);
  }
  const frontMatterText = file.matter ?? '';
  const bodyLine = frontMatterText ? countLines(source.slice(0, source.length - file.content.length)) + 1 : 1;
  return { data: file.data, frontMatterText, body: file.content, bodyLine };
}

/** js-yaml says only "duplicated mapping key"; an editor needs the key and both lines. */
function duplicateKeyError(source: string, line: number, column: number): FrontMatterSyntaxError {
  const lines = source.split('\n');
  const key = /^\s*["']?([^"':#]+?)["']?\s*:/.exec(lines[line - 1] ?? '')?.[1];
  if (!key)
    return new FrontMatterSyntaxError('a key is written twice', line, column, 'keep one of the two lines');
  const indent = /^\s*/.exec(lines[line - 1] ?? '')?.[0] ?? '';
  const first = lines.findIndex((text, index) => index < line - 1 && text.startsWith(`${indent}${key}:`));
  const earlier = first === -1 ? '' : ` (first on line ${first + 1})`;
  return new FrontMatterSyntaxError(
    `duplicated mapping key: \`${key}\` is written twice${earlier}`,
    line,
    column,
    `keep one \`${key}:\` line and delete the other`,
  );
}

function countLines(text: string): number {
  return text.split('\n').length - 1;
}

function toSyntaxError(error: unknown, source: string): FrontMatterSyntaxError {
  if (error instanceof FrontMatterSyntaxError) return error;
  if (error instanceof yaml.YAMLException) {
    // js-yaml counts from 0, and its text starts with the rest of the opening --- line (gray-matter
    // hands over everything after the three dashes), so its line 0 is line 1 of the file.
    const line = (error.mark?.line ?? 0) + 1;
    const column = (error.mark?.column ?? 0) + 1;
    if (error.reason === 'duplicated mapping key') return duplicateKeyError(source, line, column);
    return new FrontMatterSyntaxError(
      `YAML syntax error: ${error.reason}`,
      line,
      column,
      'check quoting and indentation on that line',
    );
  }
  const message = error instanceof Error ? error.message : String(error);
  return new FrontMatterSyntaxError(message, 1, 1, 'front matter must be YAML between two --- lines');
}

/** 1-based line of `key:` inside the file, or the first front-matter line when the key is absent. */
export function lineOfField(frontMatterText: string, key: string): number {
  const lines = frontMatterText.split('\n');
  // gray-matter's `matter` starts with the rest of the opening --- line (usually empty, but it may hold
  // trailing spaces), so its first line is always line 1 of the file.
  const index = lines.findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? 1 : index + 1;
}
