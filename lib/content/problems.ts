/** A problem found in one post, precise enough for an editor to fix without reading code. */
export type ContentProblem = {
  severity: 'error' | 'warning';
  /** Path relative to the content folder. */
  file: string;
  line: number;
  column: number;
  /** Front-matter field, or `body`, `file` for problems outside front matter. */
  field: string;
  message: string;
  hint: string;
};

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}  ${problem.field}  ${problem.message}  ${problem.hint}`;
}

/** Thrown when the archive holds errors; its message lists every one of them. */
export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    const errors = problems.filter((problem) => problem.severity === 'error');
    super(
      `콘텐츠 오류 ${errors.length}건 (content errors):\n` +
        errors.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    );
    this.name = 'ContentError';
    // The message already says everything an editor needs; a stack trace would only bury it.
    this.stack = `${this.name}: ${this.message}`;
  }
}
