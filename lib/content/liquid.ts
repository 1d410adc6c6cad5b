import { slugify } from './slugs';

/** Something in the body's Liquid an editor should know about; lines and columns are 1-based in the body. */
export type LiquidNote = { line: number; column: number; message: string; hint: string };

/** A `{% post_url %}` or `{% link _posts/… %}` target, checked against the archive later. */
export type PostLink = { name: string; slug: string; line: number; column: number };

export type LiquidResult = { text: string; notes: LiquidNote[]; postLinks: PostLink[] };

// Any indentation: fences nested in list items are indented past the usual three spaces.
const FENCE_OPEN = /^\s*(`{3,}|~{3,})/;
const HIGHLIGHT_CLOSE = /^\s*\{%-?\s*endhighlight\s*-?%\}\s*$/;
const KEEP_HINT =
  'replace it with what it stood for, or wrap it in {% raw %}…{% endraw %} to show it as written';

/** The canonical URL of the post a Jekyll file name (with or without folders and extension) names. */
export function articleUrlForPostName(name: string): { slug: string; url: string } {
  const base = name
    .trim()
    .replace(/^.*\//, '')
    .replace(/\.(md|markdown|html)$/i, '');
  const slug = slugify(base);
  return { slug, url: `/articles/${encodeURIComponent(slug)}` };
}

/**
 * `{% highlight ruby linenos %}` alone on its line: the language, '' when none is named, or undefined
 * when the line is something else. Read by splitting, not by a pattern that rescans runs of spaces.
 */
export function highlightOpening(line: string): string | undefined {
  const text = line.trim();
  if (!text.startsWith('{%') || !text.endsWith('%}') || text.length < 4) return undefined;
  const inner = text.slice(2, -2).replace(/^-/, '').replace(/-$/, '');
  if (inner.includes('%')) return undefined;
  const [name, language = ''] = inner.trim().split(/\s+/);
  if (name !== 'highlight') return undefined;
  return /^[\w+#.-]+$/.test(language) ? language : '';
}

/** For each line, the index of the first `{% endhighlight %}` line after it, or -1: one backward pass. */
function nextHighlightCloses(lines: string[]): number[] {
  const next = new Array<number>(lines.length).fill(-1);
  let found = -1;
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    next[index] = found;
    if (HIGHLIGHT_CLOSE.test(lines[index] ?? '')) found = index;
  }
  return next;
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
  const highlightCloses = nextHighlightCloses(lines);
  let fence: string | undefined;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const lineNumber = index + 1;
    if (options.markdown && state.mode === 'text') {
      if (fence) {
        output.push(line);
        if (
          line.trim().startsWith(fence) &&
          line.trim().replace(/[`~]/g, '') === '' &&
          line.trim().length >= fence.length
        )
          fence = undefined;
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
      const language = highlightOpening(line);
      if (language !== undefined) {
        const end = highlightCloses[index] ?? -1;
        if (end !== -1) {
          const code = lines.slice(index + 1, end);
          output.push(...(options.markdown ? fencedCode(code, language) : preformattedCode(code, language)));
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
  const longest = Math.max(
    2,
    ...code.map((text) => Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length))),
  );
  const marker = '`'.repeat(longest + 1);
  return [`${marker}${language}`, ...code, marker];
}

/** The same for an HTML post: escaped text in <pre><code>, on as many lines as the code had. */
function preformattedCode(code: string[], language = ''): string[] {
  const escaped = code.map((text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  const open = `<pre><code${language ? ` class="language-${language.replace(/[^\w-]/g, '')}"` : ''}>`;
  return [open, ...escaped.slice(0, -1), `${escaped.at(-1) ?? ''}</code></pre>`];
}

const BLOCK_ENDS = { raw: /\{%-?\s*endraw\s*-?%\}/g, comment: /\{%-?\s*endcomment\s*-?%\}/g };

/**
 * Backtick runs of one line, so an inline code span's closing run is found without rescanning the
 * line from every opening run: `closingRun(position, length)` walks "next longer run" links, at most
 * `length` steps, so the whole line costs no more than its number of backticks.
 */
function backtickRuns(line: string) {
  const starts: number[] = [];
  const lengths: number[] = [];
  for (let at = line.indexOf('`'); at !== -1;) {
    let end = at;
    while (line.charAt(end) === '`') end += 1;
    starts.push(at);
    lengths.push(end - at);
    at = line.indexOf('`', end);
  }
  const nextLonger = new Array<number>(starts.length).fill(-1);
  const stack: number[] = [];
  for (let index = starts.length - 1; index >= 0; index -= 1) {
    while (stack.length > 0 && (lengths[stack.at(-1) ?? 0] ?? 0) <= (lengths[index] ?? 0)) stack.pop();
    nextLonger[index] = stack.at(-1) ?? -1;
    stack.push(index);
  }
  let cursor = 0;
  return {
    /** Length of the run of backticks at `position` (which may be inside a run), 0 when none. */
    lengthAt(position: number): number {
      while (cursor < starts.length && (starts[cursor] ?? 0) + (lengths[cursor] ?? 0) <= position)
        cursor += 1;
      const start = starts[cursor];
      return start !== undefined && start <= position ? start + (lengths[cursor] ?? 0) - position : 0;
    },
    /** Where the first run of at least `length` backticks after the run holding `position` starts, or -1. */
    closingRun(position: number, length: number): number {
      this.lengthAt(position);
      let index = cursor + 1;
      while (index !== -1 && index < starts.length && (lengths[index] ?? 0) < length)
        index = nextLonger[index] ?? -1;
      return index === -1 || index >= starts.length ? -1 : (starts[index] ?? -1);
    },
  };
}

function resolveLine(
  line: string,
  lineNumber: number,
  state: State,
  markdown: boolean,
  notes: LiquidNote[],
  postLinks: PostLink[],
): string {
  let result = '';
  let position = 0;
  const runs = markdown ? backtickRuns(line) : undefined;
  // Past the last closer on the line, an opener cannot close: known without searching again.
  const lastClose = { '%}': line.lastIndexOf('%}'), '}}': line.lastIndexOf('}}') };
  while (position < line.length) {
    if (state.mode !== 'text') {
      const pattern = BLOCK_ENDS[state.mode];
      pattern.lastIndex = position;
      const closing = pattern.exec(line);
      if (!closing) {
        if (state.mode === 'raw') result += line.slice(position);
        return result;
      }
      if (state.mode === 'raw') result += line.slice(position, closing.index);
      position = closing.index + closing[0].length;
      state.mode = 'text';
      continue;
    }
    const character = line.charAt(position);
    if (runs && character === '`') {
      const length = runs.lengthAt(position);
      const close = runs.closingRun(position, length);
      const end = close === -1 ? position + length : close + length;
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
    const close = lastClose[closer] < position + 2 ? -1 : line.indexOf(closer, position + 2);
    const column = position + 1;
    if (close === -1) {
      if (opener === '{%') {
        notes.push({
          line: lineNumber,
          column,
          message: 'a Liquid tag {% is not closed on its line; it shows as written',
          hint: 'close it with %} on the same line, or remove it',
        });
      }
      result += opener;
      position += 2;
      continue;
    }
    const whole = line.slice(position, close + 2);
    const inner = line
      .slice(position + 2, close)
      .replace(/^-/, '')
      .replace(/-$/, '')
      .trim();
    position = close + 2;
    const replacement =
      opener === '{%'
        ? resolveTag(inner, whole, lineNumber, column, state, notes, postLinks)
        : resolveOutput(inner, whole, lineNumber, column, notes);
    result += replacement;
  }
  return result;
}

function resolveTag(
  inner: string,
  whole: string,
  line: number,
  column: number,
  state: State,
  notes: LiquidNote[],
  postLinks: PostLink[],
): string {
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

function resolveOutput(
  inner: string,
  whole: string,
  line: number,
  column: number,
  notes: LiquidNote[],
): string {
  const [value = '', ...filters] = inner.split('|').map((part) => part.trim());
  if ((value === 'site.baseurl' || value === 'site.url') && filters.length === 0) return '';
  const literal = quoted(value);
  if (
    literal !== undefined &&
    filters.length === 1 &&
    (filters[0] === 'relative_url' || filters[0] === 'absolute_url')
  ) {
    return /^[a-z][a-z0-9+.-]*:/i.test(literal) ? literal : `/${literal.replace(/^\/+/, '')}`;
  }
  notes.push({
    line,
    column,
    message: `Liquid ${whole} is not filled in; it shows as written`,
    hint: KEEP_HINT,
  });
  return whole;
}
