/** Builders for testing one post step on its own. */
import type { ArticleDraft, PostStep, ValidPost } from '@/lib/content/post-steps/post-step';
import { validatePost } from '@/lib/content/post-steps/validate-post';

import { DEFAULT_PATH, post } from '../support/posts';

export function validPost(
  frontMatter: string[],
  body = '본문입니다.',
  relativePath = DEFAULT_PATH,
): ValidPost {
  const { post: valid, problems } = validatePost({ relativePath, source: post(frontMatter, body) });
  if (!valid) throw new Error(`expected a valid post, got ${JSON.stringify(problems)}`);
  return valid;
}

/** Runs `steps` in order on `valid`, as articleFromPost does, and gives the draft they made. */
export function draftAfter(valid: ValidPost, steps: PostStep[]): ArticleDraft {
  return steps.reduce<ArticleDraft>((draft, step) => ({ ...draft, ...step(valid, draft).made }), {});
}
