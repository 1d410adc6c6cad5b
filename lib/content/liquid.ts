import { slugify } from './slugs';

/** Something in the body's Liquid an editor should know about; lines and columns are 1-based in the body. */
export type LiquidNote = { line: number; column: number; message: string; hint: string };

/** A `{% post_url %}` or `{% link _posts/… %}` target, checked against the archive later. */
export type PostLink = { name: string; slug: string; line: number; column: number };

export type LiquidResult = { text: string; notes: LiquidNote[]; postLinks: PostLink[] };

// Any indentation: fences nested in list items are indented past the usual three spaces.
const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;
const HIGHLIGHT_OPEN = /^\s*\{%-?\s*highlight\s+([\w+#.-]+)?[^%]*?-?%\}\s*$/;
const HIGHLIGHT_CLOSE = /^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/;
const KEEP_HINT = 'replace it with what it stood for, or wrap it in {% raw %}…{% endraw %} to show it as written';

/** The canonical URL of the post a Jekyll file name (with or without folders and extension) names. */
export function articleUrlForPostName(name: string): { slug: string; url: string } {
  const base = name.trim().replace(/^.*\//, '').replace(/\.(md|markdown|html)$/i, '');
  const slug = slugify(base);
  return { slug, url: `/articles/${encodeURIComponent(slug)}` };
}

function quoted(argument: string): string | undefined {
  return /^(['"])(.*)\1$/.exec(argument.trim())?.[2];
}

type State = { mode: 'text' | 'raw' | 'comment'; openedAt: { line: number; column: number } };

/**
 * Resolves the Liquid a Jekyll post may hold, without running any template: `{% raw %}` keeps its
 * content as written, `{% comment %}` is dropped, `{{ site.baseurl }}` and `{{ site.url }}` are empty,
 * `'/x' | relative_url` is `/x`, `{% post_url %}` and `{% link _posts/… %}` become the article's URL,
 * and `{% highlight %}` becomes a fenced code block. Anything else stays visible as text and is noted.
 * Fenced code (and, in markdown, inline code) is never touched.
 */
export function resolveLiquid(source: string, options: { markdown: boolean }): LiquidResult {
  const notes: LiquidNote[] = [];
  const postLinks: PostLink[] = [];
  const output: string[] = [];
  const lines = source.split('\n');
  const state: State = { mode: 'text', openedAt: { line: 0, column: 0 } };
  let fence: string | undefined;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    if (options.markdown && state.mode === 'text') {
      if (fence) {
        output.push(line);
        if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '' && line.trim().length >= fence.length) fence = undefined;
        continue;
      }
      const opening = FENCE_OPEN.exec(line)?.[1];
      if (opening) {
        fence = opening;
        output.push(line);
        continue;
      }
    }
    if (state.mode === 'text') {
      const highlight = HIGHLIGHT_OPEN.exec(line);
      if (highlight) {
        const end = lines.findIndex((candidate, position) => position > index && HIGHLIGHT_CLOSE.test(candidate));
        if (end !== -1) {
          const code = lines.slice(index + 1, end);
          output.push(...(options.markdown ? fencedCode(code, highlight[1]) : preformattedCode(code, highlight[1])));
          index = end;
          continue;
        }
      }
    }
    output.push(resolveLine(line, lineNumber, state, options.markdown, notes, postLinks));
  }
  if (state.mode !== 'text') {
    const tag = state.mode === 'raw' ? 'endraw' : 'endcomment';
    notes.push({
      ...state.openedAt,
      message: `{% ${state.mode} %} is never closed, so everything after it is ${state.mode === 'raw' ? 'shown as written' : 'left out'}`,
      hint: `add {% ${tag} %} where the ${state.mode} block should end`,
    });
  }
  return { text: output.join('\n'), notes, postLinks };
}

/** A markdown fence longer than any run of backticks inside the code, so the code cannot close it. */
function fencedCode(code: string[], language = ''): string[] {
  const longest = Math.max(2, ...code.map((text) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))));
  const marker = '`'.repeat(longest + 1);
  return [`${marker}${language}`, ...code, marker];
}

/** The same for an HTML post: escaped text in <pre><code>, on as many lines as the code had. */
function preformattedCode(code: string[], language = ''): string[] {
  const escaped = code.map((text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  const open = `<pre><code${language ? ` class="language-${language.replace(/[^\w-]/g, '')}"` : ''}>`;
  return [open, ...escaped.slice(0, -1), `${escaped.at(-1) ?? ''}</code></pre>`];
}

function resolveLine(line: string, lineNumber: number, state: State, markdown: boolean, notes: LiquidNote[], postLinks: PostLink[]): string {
  let result = '';
  let position = 0;
  while (position < line.length) {
    if (state.mode !== 'text') {
      const closing = new RegExp(`\\{%-?\\s*end${state.mode}\\s*-?%\\}`).exec(line.slice(position));
      if (!closing) {
        if (state.mode === 'raw') result += line.slice(position);
        return result;
      }
      if (state.mode === 'raw') result += line.slice(position, position + closing.index);
      position += closing.index + closing[0].length;
      state.mode = 'text';
      continue;
    }
    const character = line[position];
    if (markdown && character === '`') {
      const run = /^`+/.exec(line.slice(position))?.[0] ?? '`';
      const close = line.indexOf(run, position + run.length);
      const end = close === -1 ? position + run.length : close + run.length;
      result += line.slice(position, end);
      position = end;
      continue;
    }
    const opener = line.slice(position, position + 2);
    if (opener !== '{%' && opener !== '{{') {
      result += character;
      position += 1;
      continue;
    }
    const closer = opener === '{%' ? '%}' : '}}';
    const close = line.indexOf(closer, position + 2);
    const column = position + 1;
    if (close === -1) {
      if (opener === '{%') {
        notes.push({ line: lineNumber, column, message: 'a Liquid tag {% is not closed on its line; it shows as written', hint: 'close it with %} on the same line, or remove it' });
      }
      result += opener;
      position += 2;
      continue;
    }
    const whole = line.slice(position, close + 2);
    const inner = line.slice(position + 2, close).replace(/^-/, '').replace(/-$/, '').trim();
    position = close + 2;
    const replacement =
      opener === '{%' ? resolveTag(inner, whole, lineNumber, column, state, notes, postLinks) : resolveOutput(inner, whole, lineNumber, column, notes);
    result += replacement;
  }
  return result;
}

function resolveTag(inner: string, whole: string, line: number, column: number, state: State, notes: LiquidNote[], postLinks: PostLink[]): string {
  const [name = '', ...rest] = inner.split(/\s+/);
  const argument = rest.join(' ');
  if (name === 'raw' || name === 'comment') {
    state.mode = name;
    state.openedAt = { line, column };
    return '';
  }
  if (name === 'post_url' || (name === 'link' && /(^|\/)_posts\//.test(argument))) {
    const target = argument.trim();
    const { slug, url } = articleUrlForPostName(target);
    if (slug) {
      postLinks.push({ name: target, slug, line, column });
      return url;
    }
  }
  notes.push({ line, column, message: `Liquid ${whole} is not run; it shows as written`, hint: KEEP_HINT });
  return whole;
}

function resolveOutput(inner: string, whole: string, line: number, column: number, notes: LiquidNote[]): string {
  const [value = '', ...filters] = inner.split('|').map((part) => part.trim());
  if ((value === 'site.baseurl' || value === 'site.url') && filters.length === 0) return '';
  const literal = quoted(value);
  if (literal !== undefined && filters.length === 1 && (filters[0] === 'relative_url' || filters[0] === 'absolute_url')) {
    return /^[a-z][a-z0-9+.-]*:/i.test(literal) ? literal : `/${literal.replace(/^\/+/, '')}`;
  }
  notes.push({ line, column, message: `Liquid ${whole} is not filled in; it shows as written`, hint: KEEP_HINT });
  return whole;
}
