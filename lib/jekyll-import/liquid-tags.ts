/**
 * Liquid left in a Jekyll post. The importer copies posts as written; this says which tags the content
 * layer resolves when it renders (`site.baseurl`, `post_url`, `raw`) and which will show as text.
 */
const TAG = /\{\{-?\s*([^}]*?)\s*-?\}\}|\{%-?\s*(\w+)[^%]*?-?%\}/g;
const RESOLVED_OUTPUT = /^site\.baseurl$/;
const RESOLVED_TAGS = new Set(['raw', 'endraw', 'post_url']);

export type LiquidCount = { resolved: string[]; left: string[] };

function withoutFencedCode(markdown: string): string {
  // Fenced code shows Liquid literally, as the site renders it.
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
}

export function liquidIn(postBody: string): LiquidCount {
  const resolved: string[] = [];
  const left: string[] = [];
  for (const match of withoutFencedCode(postBody).matchAll(TAG)) {
    const output = match[1];
    const tag = match[2];
    const isResolved =
      output !== undefined ? RESOLVED_OUTPUT.test(output.trim()) : RESOLVED_TAGS.has(tag ?? '');
    (isResolved ? resolved : left).push(match[0]);
  }
  return { resolved, left };
}
