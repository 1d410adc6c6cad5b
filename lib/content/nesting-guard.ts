import type { PostFile, PostResult } from './article-from-post';

/** Whether an error is V8's stack overflow, which deep recursion in a parser or tree walker ends in. */
function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}

/** The line that nests deepest: the most `>` quote markers, or the most HTML tags left open. */
export function deepestLine(source: string): { line: number; depth: number } {
  let deepest = { line: 1, depth: 0 };
  let open = 0;
  source.split('\n').forEach((text, index) => {
    let quotes = 0;
    for (let at = 0; at < text.length && (text.charAt(at) === '>' || text.charAt(at) === ' '); at += 1) {
      if (text.charAt(at) === '>') quotes += 1;
    }
    for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
      const next = text.charAt(at + 1);
      if (next === '/') open = Math.max(0, open - 1);
      else if (/[a-z]/i.test(next)) open += 1;
    }
    const depth = Math.max(quotes, open);
    if (depth > deepest.depth) deepest = { line: index + 1, depth };
  });
  return deepest;
}

/**
 * Runs a post's check, and turns a stack overflow (a post nested thousands of levels deep: quotes,
 * lists or HTML) into an error that names the file and the line, instead of a bare stack trace.
 */
export function refusingDeepNesting(file: PostFile, check: (file: PostFile) => PostResult): PostResult {
  try {
    return check(file);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    const { line, depth } = deepestLine(file.source);
    return {
      article: undefined,
      problems: [
        {
          severity: 'error',
          file: file.relativePath,
          line,
          column: 1,
          field: 'body',
          message: `the body is nested too deeply to render (about ${depth} levels of quotes or tags here)`,
          hint: 'remove the repeated > or the unclosed tags; no article needs more than a few levels',
        },
      ],
    };
  }
}
