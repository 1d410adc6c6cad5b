import { markdownLines } from '../fences';
import { EXCERPT_END_COMMENT, textBeforeExcerptEnd } from '../render/excerpt-end';
import { renderHtml, renderMarkdown } from '../render/render-markdown';
import { madeEarlier, type PostStep, type StepProblem } from './post-step';

/** Jekyll's default excerpt marker in many Korean themes; invisible in HTML, so honoured without being set. */
const DEFAULT_EXCERPT_SEPARATOR = '<!--more-->';

/** Where `marker` first occurs outside fenced code (a post about Jekyll may show the marker as code). */
function indexOutsideFences(body: string, marker: string): number {
  if (marker.includes('\n')) return body.indexOf(marker);
  const found = markdownLines(body).find(({ line, inFence }) => !inFence && line.includes(marker));
  return found ? found.offset + found.line.indexOf(marker) : -1;
}

/**
 * The body rendered once. The excerpt marker does not show; it becomes a comment the renderer carries
 * through, so the text before it (the excerpt's source) is read from the same tree.
 */
export const renderPostBody: PostStep = (post, draft) => {
  const text = madeEarlier(draft.bodyText, 'bodyText');
  const separator = post.frontMatter.excerpt_separator;
  const at = indexOutsideFences(text, separator ?? DEFAULT_EXCERPT_SEPARATOR);
  const problems: StepProblem[] = [];
  if (separator !== undefined && at === -1) {
    problems.push({
      severity: 'warning',
      field: 'excerpt_separator',
      line: post.lineOf('excerpt_separator'),
      message: `the body never contains ${separator}`,
      hint: 'put the marker where the excerpt should end, or remove excerpt_separator',
    });
  }
  const marked =
    at === -1
      ? text
      : text.slice(0, at) +
        EXCERPT_END_COMMENT +
        text.slice(at + (separator ?? DEFAULT_EXCERPT_SEPARATOR).length);
  const body = (post.isHtml ? renderHtml : renderMarkdown)(marked);
  return { made: { body, leadText: at === -1 ? undefined : textBeforeExcerptEnd(body) }, problems };
};
