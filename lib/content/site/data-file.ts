import yaml from 'js-yaml';

import { countValues, FRONT_MATTER_SCHEMA, MAX_FRONT_MATTER_VALUES } from '../front-matter';
import type { ContentProblem } from '../problems';

/** A `_data/*.yml` file as read: its path in the content folder and its text. */
export type DataFile = { relativePath: string; source: string };

export type ParsedDataFile = { value: Record<string, unknown>; problems: ContentProblem[] };

/**
 * Reads a site data file with the same YAML rules as front matter: text stays text (a phone number or
 * a registration date is never turned into a number or a UTC timestamp), no custom tags, no alias bombs.
 */
export function parseDataFile(file: DataFile): ParsedDataFile {
  const problem = (line: number, column: number, message: string, hint: string): ParsedDataFile => ({
    value: {},
    problems: [{ severity: 'error', file: file.relativePath, line, column, field: 'file', message, hint }],
  });
  let value: unknown;
  try {
    value = yaml.load(file.source.replace(/^\uFEFF/, ''), {
      schema: FRONT_MATTER_SCHEMA,
      filename: file.relativePath,
    });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      return problem(
        (error.mark?.line ?? 0) + 1,
        (error.mark?.column ?? 0) + 1,
        `YAML syntax error: ${error.reason}`,
        'check quoting and indentation on that line',
      );
    }
    throw error;
  }
  if (value === null || value === undefined) return { value: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value))
    return problem(1, 1, 'the file is not a list of `key: value` fields', 'write one `key: value` per line');
  const budget = { left: MAX_FRONT_MATTER_VALUES };
  countValues(value, budget);
  if (budget.left < 0)
    return problem(
      1,
      1,
      `the file holds more than ${MAX_FRONT_MATTER_VALUES} values once YAML aliases are expanded`,
      'write the values out plainly, without & anchors and * aliases',
    );
  return { value: Object.fromEntries(Object.entries(value)), problems: [] };
}

/**
 * 1-based line of a key path (`['hong', 'email']`): each key is looked for below the previous one, at a
 * deeper indent. Falls back to the deepest key found, then to line 1.
 */
export function lineOfKeyPath(source: string, keys: (string | number)[]): number {
  const lines = source.split(/\r\n?|\n/);
  let line = 0;
  let indent = -1;
  let found = 1;
  for (const key of keys) {
    if (typeof key === 'number') continue;
    const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^(\\s*(?:-\\s+)?)["']?${escaped}["']?\\s*:`);
    let next = -1;
    for (let index = line; index < lines.length; index += 1) {
      const match = pattern.exec(lines[index] ?? '');
      if (match && (match[1] ?? '').length > indent) {
        next = index;
        indent = (match[1] ?? '').length;
        break;
      }
    }
    if (next === -1) break;
    line = next + 1;
    found = next + 1;
  }
  return found;
}
