import { findEditorPlaceholders } from '../editor-placeholders';
import { resolveLiquid } from '../liquid';
import type { PostStep } from './post-step';

/** Liquid resolved in the body; what is left as text, and editors' placeholders, become warnings. */
export const resolvePostLiquid: PostStep = (post) => {
  const liquid = resolveLiquid(post.body, { markdown: !post.isHtml });
  const toFileLine = (line: number) => post.bodyLine + line - 1;
  return {
    made: {
      bodyText: liquid.text,
      postLinks: liquid.postLinks.map((link) => ({ ...link, line: toFileLine(link.line) })),
    },
    problems: [...liquid.notes, ...findEditorPlaceholders(liquid.text)].map((note) => ({
      severity: 'warning',
      field: 'body',
      line: toFileLine(note.line),
      column: note.column,
      message: note.message,
      hint: note.hint,
    })),
  };
};
