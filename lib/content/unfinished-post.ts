import type { PostFile, PostResult } from './article-from-post';

export type Unfinished = { kind: 'over budget'; elapsedMs: number } | { kind: 'crashed'; error: Error };

/** A post the check had to stop (over its time budget) or whose renderer crashed: named, never built. */
export function unfinishedPost(file: PostFile, failure: Unfinished, budgetMs: number): PostResult {
  const message =
    failure.kind === 'over budget'
      ? `checking this post took more than its ${(budgetMs / 1000).toFixed(budgetMs < 1000 ? 3 : 0)} s budget, so it was stopped`
      : `checking this post crashed the renderer (${failure.error.message.split('\n')[0] ?? 'no message'})`;
  return {
    article: undefined,
    problems: [
      {
        severity: 'error',
        file: file.relativePath,
        line: 1,
        column: 1,
        field: 'file',
        message,
        hint: 'look for a very long line, thousands of repeated markers ({:, {%, [##_) or deeply nested quotes or tags, and simplify it; CHECK_POST_BUDGET_SECONDS sets the budget',
      },
    ],
  };
}
