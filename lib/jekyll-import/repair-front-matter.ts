/**
 * `npm run import:jekyll -- --repair`: mends the front matter of an imported copy when no YAML parser
 * reads it and there is exactly one safe reading of what the author meant. Two shapes qualify:
 * - a plain value that starts with an indicator (`[`, `{`, `@`, `` ` ``, `*`, `&`, `!`, `%`) or holds
 *   `: ` (`title: [금메달] 우승`, `title: 속보: …`, the same over several indented lines): it is quoted,
 *   folded exactly as YAML folds a plain value;
 * - a quoted value with quotes of the same kind inside (`title: "그가 "안녕" 했다"`): the inner quotes
 *   are escaped.
 * Anything else that fails (block scalars `|` and `>` above all, comments inside a value, a backslash
 * in a double-quoted value, lines not indented under their field) is left exactly as it is and named.
 * The whole file is repaired or none of it is: the result must parse, and each mended field must read
 * as the text the reading gave. One pass over the lines; each field is parsed once or twice on its own.
 */
import { closingDelimiterLine, FrontMatterSyntaxError, parsePost } from '../content/front-matter';

/** One mended field: its first line in the file, the lines it had and the line it has now. */
export type FrontMatterChange = { line: number; before: string[]; after: string };

export type FrontMatterRepair =
  | { outcome: 'parses' }
  | { outcome: 'repaired'; text: string; changes: FrontMatterChange[] }
  | { outcome: 'unrepaired'; line: number; reason: string };

/** Starts a plain value that YAML reads as something else (a list, a mapping, an alias, a tag…). */
const INDICATORS = new Set(['[', '{', '@', '`', '*', '&', '!', '%']);

/** A top-level field: its key line and the indented (or blank) lines under it, without line ends. */
type Field = { start: number; lines: string[] };

/** The one reading: the field's new line and the text its value must then read as. */
type Reading = { ok: true; replacement: string; value: string } | { ok: false; reason: string };

function parses(frontMatter: string): Record<string, unknown> | undefined {
  try {
    return parsePost(`---\n${frontMatter}\n---\n`).data;
  } catch (error) {
    if (error instanceof FrontMatterSyntaxError) return undefined;
    throw error;
  }
}

/** `key` and the text after `key:` on a field's first line, or undefined when it is not `key: …`. */
function keyAndValue(line: string): { key: string; value: string } | undefined {
  if (line === '' || /^[\s#'"\-?:,[\]{}|>]/.test(line)) return undefined;
  let colon = line.indexOf(':');
  while (colon !== -1 && colon + 1 < line.length && !/\s/.test(line.charAt(colon + 1)))
    colon = line.indexOf(':', colon + 1);
  if (colon <= 0) return undefined;
  return { key: line.slice(0, colon).trimEnd(), value: line.slice(colon + 1).trim() };
}

/** What YAML makes of a plain value over several lines: lines trimmed, joined by a space, a blank line a break. */
function foldPlain(first: string, rest: string[]): string {
  let folded = first;
  let breaks = 0;
  for (const line of rest) {
    const text = line.trim();
    if (text === '') {
      breaks += 1;
      continue;
    }
    folded += breaks > 0 ? '\n'.repeat(breaks) : ' ';
    folded += text;
    breaks = 0;
  }
  return folded;
}

const doubleQuoted = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;

function readingOf(key: string, value: string, rest: string[]): Reading {
  const first = value.charAt(0);
  if (first === '|' || first === '>')
    return { ok: false, reason: 'a block scalar (| or >) is never rewritten; fix its indentation by hand' };
  if (value === '')
    return { ok: false, reason: 'a nested list or mapping; fix its indentation or quoting by hand' };
  if (rest.some((line) => line !== '' && !/^\s/.test(line)))
    return {
      ok: false,
      reason: `the lines after \`${key}:\` are not indented under it; join them onto its line or indent them`,
    };
  if (first === '"' || first === "'") {
    if (rest.length > 0 || value.length < 2 || !value.endsWith(first))
      return { ok: false, reason: `the quoted value of \`${key}\` does not end with its quote on its line` };
    const inner = value.slice(1, -1);
    if (first === '"') {
      if (inner.includes('\\'))
        return {
          ok: false,
          reason: `the quoted value of \`${key}\` holds a backslash, which could be an escape or text`,
        };
      return { ok: true, replacement: `${key}: ${doubleQuoted(inner)}`, value: inner };
    }
    if (inner.includes("''"))
      return { ok: false, reason: `the quoted value of \`${key}\` mixes doubled and single quotes` };
    return { ok: true, replacement: `${key}: '${inner.replace(/'/g, "''")}'`, value: inner };
  }
  const text = foldPlain(value, rest);
  if (/(^|\s)#/.test(text))
    return {
      ok: false,
      reason: `the value of \`${key}\` holds " #", which YAML reads as a comment; quote it by hand`,
    };
  if (!INDICATORS.has(first) && !text.includes(': '))
    return {
      ok: false,
      reason: `the value of \`${key}\` has no single safe reading; quote it or fix its indentation by hand`,
    };
  return { ok: true, replacement: `${key}: ${doubleQuoted(text)}`, value: text };
}

/** Splits the front matter's lines (between the two `---`) into top-level fields. */
function fieldsOf(lines: string[], end: number): Field[] {
  const fields: Field[] = [];
  for (let index = 1; index < end; index += 1) {
    const line = lines[index] ?? '';
    const last = fields.at(-1);
    if (last && (line === '' || /^\s/.test(line) || keyAndValue(line) === undefined) && !line.startsWith('#'))
      last.lines.push(line);
    else fields.push({ start: index, lines: [line] });
  }
  return fields;
}

/** Blank lines at a field's end belong to the space between fields, not to its value. */
function withoutTrailingBlanks(lines: string[]): string[] {
  let end = lines.length;
  while (end > 1 && (lines[end - 1] ?? '').trim() === '') end -= 1;
  return lines.slice(0, end);
}

export function repairFrontMatter(source: string): FrontMatterRepair {
  try {
    parsePost(source);
    return { outcome: 'parses' };
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    const closing = closingDelimiterLine(source);
    if (!source.startsWith('---') || closing === undefined)
      return { outcome: 'unrepaired', line: error.line, reason: error.message };
  }
  const closing = closingDelimiterLine(source) ?? 0;
  const rawLines = source.split('\n');
  const endings = rawLines.map((line) => (line.endsWith('\r') ? '\r' : ''));
  const lines = rawLines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const replaced = new Map<number, { replacement: string; count: number }>();
  const changes: FrontMatterChange[] = [];
  for (const field of fieldsOf(lines, closing - 1)) {
    const own = withoutTrailingBlanks(field.lines);
    if (parses(own.join('\n')) !== undefined) continue;
    const [head = '', ...rest] = own;
    const entry = keyAndValue(head);
    if (!entry)
      return { outcome: 'unrepaired', line: field.start + 1, reason: 'a line that is not `key: value`' };
    const reading = readingOf(entry.key, entry.value, rest);
    if (!reading.ok) return { outcome: 'unrepaired', line: field.start + 1, reason: reading.reason };
    const mended = parses(reading.replacement);
    if (mended === undefined || mended[entry.key] !== reading.value)
      return {
        outcome: 'unrepaired',
        line: field.start + 1,
        reason: `quoting the value of \`${entry.key}\` does not make it readable`,
      };
    replaced.set(field.start, { replacement: reading.replacement, count: own.length });
    changes.push({ line: field.start + 1, before: own, after: reading.replacement });
  }
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const change = replaced.get(index);
    if (change) {
      out.push(change.replacement + (endings[index] ?? ''));
      index += change.count - 1;
    } else out.push(rawLines[index] ?? '');
  }
  const text = out.join('\n');
  try {
    parsePost(text);
  } catch (error) {
    if (!(error instanceof FrontMatterSyntaxError)) throw error;
    return { outcome: 'unrepaired', line: error.line, reason: error.message };
  }
  return changes.length > 0 ? { outcome: 'repaired', text, changes } : { outcome: 'parses' };
}
