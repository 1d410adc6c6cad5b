import { liftSourceLine as liftFromTree } from '../render/source-line';
import { madeEarlier, type PostStep } from './post-step';

/** The body's `출처: …` line leaves the body; it is the attribution unless `source` already gave one. */
export const liftSourceLine: PostStep = (_post, draft) => {
  const sourceLine = liftFromTree(madeEarlier(draft.body, 'body'));
  return { made: { source: draft.source ?? sourceLine } };
};
