import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';

const EXCERPT_LENGTH = 160;

/** About 160 characters of the body's text, cut at a word boundary, for listings and descriptions. */
export function deriveExcerpt(tree: Root, length = EXCERPT_LENGTH): string {
  return excerptFromText(toString(tree), length);
}

/** The same, from text already taken out of a tree. */
export function excerptFromText(rawText: string, length = EXCERPT_LENGTH): string {
  const text = rawText.replace(/\s+/g, ' ').trim();
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).trim()}…`;
}
