/**
 * JSON for the content store: Dates survive the round trip, source positions are dropped, and every
 * other field is kept as it is, so fields added to Article later need no code here.
 */
import type { Article, ArticleRecord } from '../types';

const DATE_TAG = '$date';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A rendered tree (hast root): the heavy part of an article, kept in its body entry. */
export function isTree(value: unknown): boolean {
  return isRecord(value) && value.type === 'root' && Array.isArray(value.children);
}

/** Positions point into the markdown of one render; nothing reads them and they triple the entry. */
function isPosition(key: string, value: unknown): boolean {
  return key === 'position' && isRecord(value) && isRecord(value.start);
}

export function serialise(value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key, item: unknown) {
    if (isPosition(key, item)) return undefined;
    const original = isRecord(this) ? this[key] : undefined;
    if (original instanceof Date) return { [DATE_TAG]: original.toISOString() };
    return item;
  });
}

export function revive(json: string): unknown {
  return JSON.parse(json, (_key, value: unknown) =>
    isRecord(value) && typeof value[DATE_TAG] === 'string' && Object.keys(value).length === 1
      ? new Date(value[DATE_TAG])
      : value,
  );
}

/**
 * An article's summary (what listings, feeds' heads, sitemaps and the redirect map read) and its
 * trees (what only its own page, its feed item and its search record read), split by value: every
 * field holding a rendered tree goes to the trees, whatever its name.
 */
export function splitTrees(article: Article): { summary: ArticleRecord; trees: Record<string, unknown> } {
  const summary: Record<string, unknown> = {};
  const trees: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(article)) (isTree(value) ? trees : summary)[field] = value;
  return { summary: summary as ArticleRecord, trees };
}
