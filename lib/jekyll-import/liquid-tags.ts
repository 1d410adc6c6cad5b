/**
 * Liquid left in a Jekyll post. The importer copies posts as written; this says which tags the content
 * layer resolves when it renders (`site.baseurl`, `post_url`, `raw`) and which will show as text.
 */
import { markdownLines } from '../content/fences';

const RESOLVED_OUTPUT = /^site\.baseurl$/;
const RESOLVED_TAGS = new Set(['raw', 'endraw', 'post_url']);

export type LiquidCount = { resolved: string[]; left: string[] };

function withoutFencedCode(markdown: string): string {
  // Fenced code shows Liquid literally, as the site renders it.
  return markdownLines(markdown)
    .filter(({ inFence }) => !inFence)
    .map(({ line }) => line)
    .join('\n');
}

type LiquidTag = { whole: string; output?: string; tag?: string };

/**
 * `{{ … }}` (no `}` inside) and `{% name … %}` (no `%` inside) in one forward pass. Each opener's end is
 * the first `}` (or `%`) after it, remembered until the scan passes it, so a run of openers that never
 * close costs one search, not one each (the pattern this replaces was cubic).
 */
function liquidTagsIn(text: string): LiquidTag[] {
  const tags: LiquidTag[] = [];
  const firstAfter = { '}': -2, '%': -2 };
  const endOf = (character: '}' | '%', from: number) => {
    if (firstAfter[character] !== -1 && firstAfter[character] < from)
      firstAfter[character] = text.indexOf(character, from);
    return firstAfter[character];
  };
  for (let at = nextOpener(text, 0); at !== -1;) {
    const output = text.charAt(at + 1) === '{';
    const end = endOf(output ? '}' : '%', at + 2);
    let next = at + 1;
    if (end !== -1 && text.charAt(end + 1) === '}' && (output || startsWithName(text, at + 2))) {
      const whole = text.slice(at, end + 2);
      const inner = text
        .slice(at + 2, end)
        .replace(/^-/, '')
        .replace(/-$/, '')
        .trim();
      tags.push(output ? { whole, output: inner } : { whole, tag: /^\w+/.exec(inner)?.[0] });
      next = end + 2;
    }
    at = nextOpener(text, next);
  }
  return tags;
}

/** After `{%`: an optional `-`, spaces, then a word character, read without slicing the text. */
function startsWithName(text: string, from: number): boolean {
  let at = from;
  if (text.charAt(at) === '-') at += 1;
  while (/\s/.test(text.charAt(at))) at += 1;
  return /\w/.test(text.charAt(at));
}

function nextOpener(text: string, from: number): number {
  for (let brace = text.indexOf('{', from); brace !== -1; brace = text.indexOf('{', brace + 1)) {
    const following = text.charAt(brace + 1);
    if (following === '{' || following === '%') return brace;
  }
  return -1;
}

export function liquidIn(postBody: string): LiquidCount {
  const resolved: string[] = [];
  const left: string[] = [];
  for (const found of liquidTagsIn(withoutFencedCode(postBody))) {
    const isResolved =
      found.output !== undefined ? RESOLVED_OUTPUT.test(found.output) : RESOLVED_TAGS.has(found.tag ?? '');
    (isResolved ? resolved : left).push(found.whole);
  }
  return { resolved, left };
}
