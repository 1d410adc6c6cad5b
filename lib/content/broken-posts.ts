/**
 * `NEWSDAO_SKIP_BROKEN_POSTS=1`: a build while some posts still have errors (a Jekyll site moving in,
 * say). The posts named in errors are left out and the rest are checked again, until no error is left
 * that names a post; each round leaves out at least one post. An error about anything but a post (a
 * site file) still stops the build. Never the default: without the setting, one error stops the build.
 */
import type { ContentProblem } from './problems';

export const SKIP_BROKEN_POSTS = 'NEWSDAO_SKIP_BROKEN_POSTS';

export function skipBrokenPostsFromEnvironment(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[SKIP_BROKEN_POSTS] === '1';
}

export type WithoutBroken<F, R> = {
  /** The posts kept, and their check. */
  kept: F[];
  result: R;
  /** The posts left out, in path order, and every error that named them. */
  leftOut: string[];
  leftOutErrors: ContentProblem[];
};

export function withoutBrokenPosts<
  F extends { relativePath: string },
  R extends { problems: ContentProblem[] },
>(files: F[], check: (files: F[]) => R): WithoutBroken<F, R> {
  let kept = files;
  let result = check(kept);
  const leftOutErrors: ContentProblem[] = [];
  for (;;) {
    const paths = new Set(kept.map((file) => file.relativePath));
    const errors = result.problems.filter(
      (problem) => problem.severity === 'error' && paths.has(problem.file),
    );
    if (errors.length === 0) break;
    const broken = new Set(errors.map((problem) => problem.file));
    leftOutErrors.push(...errors);
    kept = kept.filter((file) => !broken.has(file.relativePath));
    result = check(kept);
  }
  const leftOut = [...new Set(leftOutErrors.map((problem) => problem.file))].sort();
  return { kept, result, leftOut, leftOutErrors };
}
