import type { PostStep } from './post-step';

/**
 * `breaking: true`, the one source of the 속보 label and of the home ticker. A banner picture or
 * `feature_text` alone makes a feature, not breaking news.
 */
export const normaliseBreaking: PostStep = (post) => ({
  made: { breaking: post.frontMatter.breaking === true },
});
